using System.Text.RegularExpressions;

namespace Osprey.Core.Tracking;

/// <summary>Identifies a run: 32 lowercase hex characters for runs Osprey creates; any MLflow-valid id is accepted.</summary>
public readonly partial record struct RunId(string Value)
{
    /// <summary>Creates a new random run id.</summary>
    public static RunId New() => new(Guid.NewGuid().ToString("N"));

    /// <summary>Parses a run id, throwing <see cref="ErrorCode.InvalidParameter"/> when it does not match MLflow's pattern.</summary>
    public static RunId Parse(string? text, string field = "run_id")
    {
        if (text is not null && Pattern().IsMatch(text))
        {
            return new RunId(text);
        }
        throw OspreyException.Invalid($"'{field}' must be a run id (letters, digits, '_' or '-', at most 256), got '{text}'.");
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"^[a-zA-Z0-9][\w\-]{0,255}$")]
    private static partial Regex Pattern();
}

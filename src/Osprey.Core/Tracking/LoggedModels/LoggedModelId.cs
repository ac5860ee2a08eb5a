using System.Text.RegularExpressions;

namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>Identifies a logged model: <c>m-</c> and 32 lowercase hex characters for models Osprey creates.</summary>
public readonly partial record struct LoggedModelId(string Value)
{
    /// <summary>The scheme prefix of the URI naming a logged model, as in <c>models:/m-0123…</c>.</summary>
    public const string UriPrefix = "models:/";

    /// <summary>Gets the URI MLflow clients use for the model, <c>models:/&lt;model_id&gt;</c>.</summary>
    public string Uri => UriPrefix + Value;

    /// <summary>Creates a new random id.</summary>
    public static LoggedModelId New() => new("m-" + Guid.NewGuid().ToString("N"));

    /// <summary>Parses an id (letters, digits, '_' or '-', at most 256); throws <see cref="ErrorCode.InvalidParameter"/> naming <paramref name="field"/> otherwise.</summary>
    public static LoggedModelId Parse(string? text, string field = "model_id")
    {
        if (string.IsNullOrEmpty(text))
        {
            throw OspreyException.Invalid($"Missing value for required parameter '{field}'.");
        }
        if (!Pattern().IsMatch(text))
        {
            throw OspreyException.Invalid($"'{field}' must be a logged model id such as m-0123456789abcdef0123456789abcdef, got '{text}'.");
        }
        return new LoggedModelId(text);
    }

    /// <summary>Reads the id out of a <c>models:/m-&lt;32 hex&gt;</c> URI; false for any other text, including registered model URIs such as <c>models:/churn/3</c>.</summary>
    public static bool TryParseUri(string? uri, out LoggedModelId id)
    {
        id = default;
        if (uri is null || !uri.StartsWith(UriPrefix, StringComparison.Ordinal) || !GeneratedPattern().IsMatch(uri.AsSpan(UriPrefix.Length)))
        {
            return false;
        }
        id = new LoggedModelId(uri[UriPrefix.Length..]);
        return true;
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"^[a-zA-Z0-9][\w\-]{0,255}$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^m-[0-9a-f]{32}$")]
    private static partial Regex GeneratedPattern();
}

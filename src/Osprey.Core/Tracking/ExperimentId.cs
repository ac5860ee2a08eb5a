using System.Globalization;

namespace Osprey.Core.Tracking;

/// <summary>Identifies an experiment; rendered as a decimal string as MLflow does ("0" is the default experiment).</summary>
public readonly record struct ExperimentId(long Value)
{
    /// <summary>The experiment that runs land in when none is named.</summary>
    public static readonly ExperimentId Default = new(0);

    /// <summary>Parses a decimal experiment id, throwing <see cref="ErrorCode.InvalidParameter"/> when it is not one.</summary>
    public static ExperimentId Parse(string? text, string field = "experiment_id")
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return new ExperimentId(value);
        }
        throw OspreyException.Invalid($"'{field}' must be a non-negative integer id, got '{text}'.");
    }

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

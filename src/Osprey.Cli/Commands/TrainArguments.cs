using Osprey.Core;
using Osprey.Core.Data;

namespace Osprey.Cli.Commands;

/// <summary>Parses the free-form values of <c>osprey train</c>: <c>--param name=value</c> and <c>--split stratified|random|time:COLUMN</c>.</summary>
internal static class TrainArguments
{
    /// <summary>Returns the parameters by name; throws <see cref="ErrorCode.InvalidParameter"/> for a malformed or repeated one.</summary>
    public static Dictionary<string, string> Parameters(IEnumerable<string> assignments)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw OspreyException.Invalid($"--param must look like name=value, such as trees=300; got '{assignment}'.");
            }
            var name = assignment[..equals].Trim();
            if (!parameters.TryAdd(name, assignment[(equals + 1)..].Trim()))
            {
                throw OspreyException.Invalid($"--param {name} is given twice; give each parameter once.");
            }
        }
        return parameters;
    }

    /// <summary>Returns the split strategy and its column (null: the target for stratified); throws <see cref="ErrorCode.InvalidParameter"/> for other text.</summary>
    public static (SplitStrategy Strategy, string? Column) Split(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var name = (colon < 0 ? text : text[..colon]).Trim().ToUpperInvariant();
        var column = colon < 0 ? null : text[(colon + 1)..].Trim();
        var strategy = name switch
        {
            "RANDOM" when column is null => SplitStrategy.Random,
            "STRATIFIED" => SplitStrategy.Stratified,
            "TIME" when !string.IsNullOrEmpty(column) => SplitStrategy.Time,
            _ => throw OspreyException.Invalid(
                $"--split must be stratified, stratified:COLUMN, random or time:COLUMN (the datetime column that orders the rows); got '{text}'."),
        };
        return (strategy, string.IsNullOrEmpty(column) ? null : column);
    }

    /// <summary>Gets whether the learner name asks to import an XGBoost model instead of training.</summary>
    public static bool IsImport(string learner) =>
        learner.Trim().ToUpperInvariant().Replace('_', '-') is "XGBOOST-JSON" or "XGBOOST";
}

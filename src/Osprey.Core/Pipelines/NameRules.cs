using System.Text.RegularExpressions;

namespace Osprey.Core.Pipelines;

/// <summary>The spelling rules for pipeline names, task ids, parameter names and task types.</summary>
internal static partial class NameRules
{
    /// <summary>Pipeline names: letters, digits, '_', '-' and '.', starting with a letter or digit, at most 100.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,99}$")]
    public static partial Regex PipelineName();

    /// <summary>Task ids and parameter names: identifiers, so templates can name them with dots.</summary>
    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]{0,99}$")]
    public static partial Regex Identifier();

    /// <summary>Task types: lowercase identifiers such as <c>batch_predict</c>.</summary>
    [GeneratedRegex(@"^[a-z][a-z0-9_]{0,63}$")]
    public static partial Regex TaskType();
}

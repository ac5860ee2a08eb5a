using System.Globalization;
using System.Text.RegularExpressions;

namespace Osprey.Core.Registry;

/// <summary>Parses and checks the registry's user-facing names: stages, version numbers and aliases.</summary>
public static partial class RegistryNames
{
    /// <summary>Parses a stage name case-insensitively (None, Staging, Production, Archived).</summary>
    public static ModelStage Stage(string? text, string field = "stage")
    {
        if (Enum.TryParse<ModelStage>(text, ignoreCase: true, out var stage) && Enum.IsDefined(stage) && !int.TryParse(text, out _))
        {
            return stage;
        }
        throw OspreyException.Invalid($"Invalid {field} '{text}': expected one of None, Staging, Production, Archived.");
    }

    /// <summary>Parses a positive version number.</summary>
    public static int Version(string? text, string field = "version")
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0)
        {
            return version;
        }
        throw OspreyException.Invalid($"Invalid {field} '{text}': a model version is a positive integer such as 3.");
    }

    /// <summary>Checks an alias: letters, digits, '_' and '-', at most 255 characters, not 'latest' nor 'v' followed by digits.</summary>
    public static string Alias(string? alias, string field = "alias")
    {
        if (string.IsNullOrEmpty(alias) || alias.Length > 255 || !AliasPattern().IsMatch(alias))
        {
            throw OspreyException.Invalid($"Invalid {field} '{alias}': an alias is 1 to 255 letters, digits, '_' or '-'.");
        }
        if (string.Equals(alias, "latest", StringComparison.OrdinalIgnoreCase) || ReservedVersionAlias().IsMatch(alias))
        {
            throw OspreyException.Invalid($"Invalid {field} '{alias}': 'latest' and 'v<number>' are reserved for model URIs.");
        }
        return alias;
    }

    [GeneratedRegex(@"^[\w\-]+$")]
    private static partial Regex AliasPattern();

    [GeneratedRegex(@"^[vV]\d+$")]
    private static partial Regex ReservedVersionAlias();
}

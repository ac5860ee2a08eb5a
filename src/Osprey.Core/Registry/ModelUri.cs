using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Registry;

/// <summary>A reference to one registered model version: <c>models:/name/3</c>, <c>models:/name/latest</c>,
/// <c>models:/name/Production</c> or <c>models:/name@champion</c>; the <c>models:/</c> prefix is optional.</summary>
public sealed record ModelUri
{
    private const string Scheme = "models:";

    private ModelUri(string name, ModelUriKind kind, int? version = null, ModelStage? stage = null, string? alias = null)
    {
        Name = name;
        Kind = kind;
        Version = version;
        Stage = stage;
        Alias = alias;
    }

    /// <summary>The registered model's name.</summary>
    public string Name { get; }

    /// <summary>How the version is chosen; says which of <see cref="Version"/>, <see cref="Stage"/> and <see cref="Alias"/> is set.</summary>
    public ModelUriKind Kind { get; }

    /// <summary>The version number (1 or more) when <see cref="Kind"/> is <see cref="ModelUriKind.Version"/>, otherwise null.</summary>
    public int? Version { get; }

    /// <summary>The stage when <see cref="Kind"/> is <see cref="ModelUriKind.Stage"/>, otherwise null.</summary>
    public ModelStage? Stage { get; }

    /// <summary>The alias when <see cref="Kind"/> is <see cref="ModelUriKind.Alias"/>, otherwise null.</summary>
    public string? Alias { get; }

    /// <summary>Parses a model URI; errors carry the zero-based position of the offending character. Never throws for bad text.</summary>
    public static ParseResult<ModelUri> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<ModelUri>.Fail("expected a model URI such as models:/churn/3 or churn@champion", 0);
        }

        var end = text.TrimEnd().Length;
        var position = text.Length - text.TrimStart().Length;
        if (text.AsSpan(position).StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            position += Scheme.Length;
            if (position >= end || text[position] != '/')
            {
                return ParseResult<ModelUri>.Fail("expected '/' after 'models:', as in models:/churn/3", position);
            }

            position++;
        }

        var nameStart = position;
        var nameError = ScanName(text, ref position, end);
        if (nameError is not null)
        {
            return nameError.Value;
        }

        var name = text[nameStart..position];
        if (position == end)
        {
            return ParseResult<ModelUri>.Fail(
                $"expected /<version>, /latest, /<stage> or @<alias> after the model name, as in models:/{name}/1 or models:/{name}@champion",
                position);
        }

        return text[position] == '@'
            ? ParseAlias(name, text, position + 1, end)
            : ParseSuffix(name, text, position + 1, end);
    }

    /// <summary>Renders the canonical form, such as <c>models:/churn/3</c>, <c>models:/churn/latest</c>, <c>models:/churn/Production</c> or <c>models:/churn@champion</c>.</summary>
    public override string ToString() => Kind switch
    {
        ModelUriKind.Version => $"models:/{Name}/{Version}",
        ModelUriKind.Latest => $"models:/{Name}/latest",
        ModelUriKind.Stage => $"models:/{Name}/{Stage}",
        _ => $"models:/{Name}@{Alias}",
    };

    private static ParseResult<ModelUri>? ScanName(string text, ref int position, int end)
    {
        var start = position;
        for (; position < end && text[position] is not ('/' or '@'); position++)
        {
            var c = text[position];
            if (c == ':')
            {
                return ParseResult<ModelUri>.Fail($"unknown URI scheme '{text[start..(position + 1)]}' (expected models:/)", start);
            }

            if (!char.IsLetterOrDigit(c) && c is not ('_' or '-' or '.' or ' '))
            {
                return ParseResult<ModelUri>.Fail($"a model name may contain only letters, digits, spaces and _ - . but found '{c}'", position);
            }
        }

        if (position == start)
        {
            var found = position < end ? $"'{text[position]}'" : "the end";
            return ParseResult<ModelUri>.Fail($"expected a model name but found {found}", position);
        }

        if (text[start] == ' ' || text[position - 1] == ' ')
        {
            return ParseResult<ModelUri>.Fail("a model name cannot start or end with a space", text[start] == ' ' ? start : position - 1);
        }

        return null;
    }

    private static ParseResult<ModelUri> ParseSuffix(string name, string text, int start, int end)
    {
        var suffix = text.AsSpan(start, end - start);
        // models:/team/churn/3 and models:/team/churn@champion both put a '/' inside the name.
        if (suffix.IndexOfAny('/', '@') >= 0)
        {
            return ParseResult<ModelUri>.Fail("a model name cannot contain '/' (expected models:/<name>/<version>)", start - 1);
        }

        if (suffix.IsEmpty)
        {
            return ParseResult<ModelUri>.Fail("expected a version number, latest or a stage after '/'", start);
        }

        if (char.IsAsciiDigit(suffix[0]) || suffix[0] is '-' or '+')
        {
            return ParseVersion(name, suffix, start);
        }

        if (suffix.Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            return ParseResult<ModelUri>.Ok(new ModelUri(name, ModelUriKind.Latest));
        }

        foreach (var stage in Enum.GetValues<ModelStage>())
        {
            if (suffix.Equals(stage.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return ParseResult<ModelUri>.Ok(new ModelUri(name, ModelUriKind.Stage, stage: stage));
            }
        }

        return ParseResult<ModelUri>.Fail(
            $"unknown stage '{suffix}' (expected a version number, latest, or one of None, Staging, Production, Archived)",
            start);
    }

    private static ParseResult<ModelUri> ParseVersion(string name, ReadOnlySpan<char> suffix, int start)
    {
        var bad = suffix.IndexOfAnyExceptInRange('0', '9');
        if (bad >= 0)
        {
            return ParseResult<ModelUri>.Fail($"'{suffix}' is not a version: versions are whole numbers from 1", start + bad);
        }

        if (!int.TryParse(suffix, out var version))
        {
            return ParseResult<ModelUri>.Fail($"version {suffix} is too large", start);
        }

        return version == 0
            ? ParseResult<ModelUri>.Fail("versions start at 1", start)
            : ParseResult<ModelUri>.Ok(new ModelUri(name, ModelUriKind.Version, version: version));
    }

    private static ParseResult<ModelUri> ParseAlias(string name, string text, int start, int end)
    {
        var alias = text[start..end];
        if (alias.Length == 0)
        {
            return ParseResult<ModelUri>.Fail("expected an alias after '@'", start);
        }

        for (var i = 0; i < alias.Length; i++)
        {
            if (!char.IsLetterOrDigit(alias[i]) && alias[i] is not ('_' or '-'))
            {
                return ParseResult<ModelUri>.Fail($"an alias may contain only letters, digits, _ and - but found '{alias[i]}'", start + i);
            }
        }

        // MLflow reserves these so an alias can never shadow models:/name/latest or models:/name/3.
        if (alias.Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            return ParseResult<ModelUri>.Fail($"'latest' cannot be an alias; use models:/{name}/latest", start);
        }

        if (alias.Length > 1 && alias[0] is 'v' or 'V' && alias.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return ParseResult<ModelUri>.Fail($"'{alias}' cannot be an alias (v<number> is reserved); use models:/{name}/{alias[1..]}", start);
        }

        return ParseResult<ModelUri>.Ok(new ModelUri(name, ModelUriKind.Alias, alias: alias));
    }
}

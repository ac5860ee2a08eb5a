using System.Text.RegularExpressions;

namespace Osprey.Core.Tracking;

/// <summary>Checks keys, names and values against MLflow's rules, throwing <see cref="ErrorCode.InvalidParameter"/> with the field named.</summary>
public static partial class EntityValidator
{
    /// <summary>Checks a metric, param or tag key: MLflow's character set, at most 250 characters, and no path escape.</summary>
    public static void Key(string? key, string field)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw OspreyException.Invalid($"Missing value for required parameter '{field}'.");
        }
        if (key.Length > TrackingLimits.MaxKeyLength)
        {
            throw OspreyException.Invalid($"'{field}' '{Shorten(key)}' is {key.Length} characters long; the limit is {TrackingLimits.MaxKeyLength}.");
        }
        if (!KeyPattern().IsMatch(key))
        {
            throw OspreyException.Invalid($"Invalid {field} '{key}': names may only contain letters, digits, '_', '-', '.', ' ' and '/'.");
        }
        if (key.StartsWith('/') || HasBadSegment(key))
        {
            throw OspreyException.Invalid($"Invalid {field} '{key}': names may not start with '/', contain '..' or '.' segments, or empty segments.");
        }
    }

    /// <summary>Checks that a required string is present.</summary>
    public static string Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw OspreyException.Invalid($"Missing value for required parameter '{field}'.");
        }
        return value;
    }

    /// <summary>Checks a value's length.</summary>
    public static void Length(string? value, int max, string field)
    {
        if (value is not null && value.Length > max)
        {
            throw OspreyException.Invalid($"'{field}' is {value.Length} characters long; the limit is {max}.");
        }
    }

    /// <summary>Checks a registered model name: non-empty, at most 256 characters, no '/', '@' or ':' (they delimit model URIs).</summary>
    public static string ModelName(string? name, string field = "name")
    {
        Required(name, field);
        Length(name, 256, field);
        if (name!.IndexOfAny(['/', '@', ':']) >= 0 || name.Any(char.IsControl))
        {
            throw OspreyException.Invalid($"Invalid {field} '{name}': a model name may not contain '/', '@', ':' or control characters.");
        }
        return name;
    }

    private static bool HasBadSegment(string key)
    {
        foreach (var range in key.AsSpan().Split('/'))
        {
            var part = key.AsSpan(range);
            if (part.Length == 0 || part is "." or "..")
            {
                return true;
            }
        }
        return false;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^[/\w.\- ]*$")]
    private static partial Regex KeyPattern();
}

using System.Text;
using System.Text.Json;

namespace Osprey.Core.Monitoring.Series;

/// <summary>Validates series names and labels and writes labels in their canonical form (a JSON object with keys in ordinal order).</summary>
/// <remarks>Names and label keys follow Prometheus's rules, so every series can later be exposed in its text format unchanged.</remarks>
public static class SeriesLabels
{
    /// <summary>The canonical text of an empty label set.</summary>
    public const string Empty = "{}";

    /// <summary>Throws <see cref="ErrorCode.InvalidParameter"/> unless the name is a valid series name (<c>[a-zA-Z_:][a-zA-Z0-9_:]*</c>).</summary>
    public static void ValidateName(string name)
    {
        if (!IsIdentifier(name, allowColon: true))
        {
            throw OspreyException.Invalid(
                $"The series name '{name}' is not valid: use letters, digits, '_' and ':', not starting with a digit (for example model_f1).");
        }
    }

    /// <summary>Throws <see cref="ErrorCode.InvalidParameter"/> unless every label key is valid (<c>[a-zA-Z_][a-zA-Z0-9_]*</c>) and no value is null.</summary>
    public static void Validate(string series, IReadOnlyDictionary<string, string> labels)
    {
        foreach (var (key, value) in labels)
        {
            if (!IsIdentifier(key, allowColon: false))
            {
                throw OspreyException.Invalid(
                    $"The label '{key}' of series '{series}' is not valid: use letters, digits and '_', not starting with a digit.");
            }
            if (value is null)
            {
                throw OspreyException.Invalid($"The label '{key}' of series '{series}' has no value.");
            }
        }
    }

    /// <summary>Returns the canonical text of a label set: equal sets give equal text whatever order they were given in.</summary>
    public static string Canonical(IReadOnlyDictionary<string, string> labels)
    {
        if (labels.Count == 0)
        {
            return Empty;
        }
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (key, value) in labels.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                json.WriteString(key, value);
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a canonical label text back into a dictionary with keys in ordinal order.</summary>
    public static IReadOnlyDictionary<string, string> Parse(string canonical)
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(canonical);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            labels[property.Name] = property.Value.GetString() ?? "";
        }
        return labels;
    }

    /// <summary>Returns whether a label set includes every pair of a match (an empty match selects every set).</summary>
    public static bool Includes(IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> match) =>
        match.All(pair => labels.TryGetValue(pair.Key, out var value) && string.Equals(value, pair.Value, StringComparison.Ordinal));

    private static bool IsIdentifier(string text, bool allowColon)
    {
        if (string.IsNullOrEmpty(text) || char.IsAsciiDigit(text[0]))
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':')))
            {
                return false;
            }
        }
        return true;
    }
}

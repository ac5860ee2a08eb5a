using System.Text;

namespace Osprey.Core.Alerting.Rules;

/// <summary>Writes a label set in a stable form, sorted by name: <c>{column="tenure",model="churn"}</c>; the empty set is <c>{}</c>.</summary>
public static class LabelSets
{
    /// <summary>Returns the stable text of <paramref name="labels"/>.</summary>
    public static string Format(IReadOnlyDictionary<string, string> labels)
    {
        var text = new StringBuilder("{");
        foreach (var (name, value) in labels.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            text.Append(text.Length > 1 ? "," : "").Append(name).Append("=\"")
                .Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
        }
        return text.Append('}').ToString();
    }
}

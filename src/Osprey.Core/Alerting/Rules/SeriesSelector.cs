using System.Text;
using System.Text.RegularExpressions;

namespace Osprey.Core.Alerting.Rules;

/// <summary>A series name with label matchers, written as in Prometheus: <c>model_accuracy{model="churn",env!="dev"}</c>.</summary>
public sealed partial record SeriesSelector(string Name, IReadOnlyList<LabelMatcher> Matchers)
{
    /// <summary>Gets the equality matchers, which the series store can apply itself.</summary>
    public IReadOnlyDictionary<string, string> EqualityMatch =>
        Matchers.Where(m => m.Kind == MatchKind.Equal && m.Value.Length > 0).ToDictionary(m => m.Label, m => m.Value, StringComparer.Ordinal);

    /// <summary>Returns whether a series' labels pass every matcher.</summary>
    public bool Matches(IReadOnlyDictionary<string, string> labels) => Matchers.All(m => m.Matches(labels));

    /// <summary>Parses a selector; on failure returns null and a message saying what is wrong.</summary>
    public static SeriesSelector? Parse(string text, out string? error)
    {
        error = null;
        var t = text.Trim();
        var brace = t.IndexOf('{', StringComparison.Ordinal);
        var name = brace < 0 ? t : t[..brace].Trim();
        if (!SeriesName().IsMatch(name))
        {
            error = $"'{name}' is not a series name (letters, digits, '_' and ':', not starting with a digit)";
            return null;
        }
        if (brace < 0)
        {
            return new SeriesSelector(name, []);
        }
        if (!t.EndsWith('}'))
        {
            error = "the label matchers must end with '}'";
            return null;
        }
        var matchers = new List<LabelMatcher>();
        foreach (Match m in MatcherPattern().Matches(t[(brace + 1)..^1]))
        {
            if (!m.Success)
            {
                continue;
            }
            var kind = m.Groups["op"].Value switch { "=" => MatchKind.Equal, "!=" => MatchKind.NotEqual, "=~" => MatchKind.Regex, _ => MatchKind.NotRegex };
            var value = Unescape(m.Groups["value"].Value);
            if (kind is MatchKind.Regex or MatchKind.NotRegex && !IsValidRegex(value))
            {
                error = $"the pattern \"{value}\" of label '{m.Groups["label"].Value}' is not a valid regular expression";
                return null;
            }
            matchers.Add(new LabelMatcher(m.Groups["label"].Value, kind, value));
        }
        var rest = MatcherPattern().Replace(t[(brace + 1)..^1], "").Replace(",", "", StringComparison.Ordinal).Trim();
        if (rest.Length > 0)
        {
            error = $"could not read the label matchers near '{rest}'; write them as label=\"value\", label!=\"value\", label=~\"regex\" or label!~\"regex\"";
            return null;
        }
        return new SeriesSelector(name, matchers);
    }

    public override string ToString() => Matchers.Count == 0 ? Name : $"{Name}{{{string.Join(",", Matchers)}}}";

    private static bool IsValidRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Unescape(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            text.Append(value[i] == '\\' && i + 1 < value.Length ? value[++i] : value[i]);
        }
        return text.ToString();
    }

    [GeneratedRegex(@"^[A-Za-z_:][A-Za-z0-9_:]*$")]
    private static partial Regex SeriesName();

    [GeneratedRegex(@"\s*(?<label>[A-Za-z_][A-Za-z0-9_]*)\s*(?<op>=~|!~|!=|=)\s*""(?<value>(?:[^""\\]|\\.)*)""\s*")]
    private static partial Regex MatcherPattern();
}

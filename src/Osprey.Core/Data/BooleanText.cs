namespace Osprey.Core.Data;

/// <summary>The text spellings of booleans that inference and scoring accept: yes/no, true/false, y/n, t/f (any case) and 1/0.</summary>
public static class BooleanText
{
    private static readonly (string True, string False)[] Families = [("yes", "no"), ("true", "false"), ("y", "n"), ("t", "f"), ("1", "0")];

    /// <summary>Returns whether all values belong to one family (such as only Yes and No) and there is at least one value.</summary>
    public static bool IsBooleanSet(IReadOnlyCollection<string> distinct)
    {
        if (distinct.Count is 0 or > 2)
        {
            return false;
        }
        foreach (var (yes, no) in Families)
        {
            if (distinct.All(v => v.Equals(yes, StringComparison.OrdinalIgnoreCase) || v.Equals(no, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Parses one spelling (any family, any case) to 1 or 0; returns false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        var trimmed = text.Trim();
        foreach (var (yes, no) in Families)
        {
            if (trimmed.Equals(yes, StringComparison.OrdinalIgnoreCase))
            {
                value = 1;
                return true;
            }
            if (trimmed.Equals(no, StringComparison.OrdinalIgnoreCase))
            {
                value = 0;
                return true;
            }
        }
        value = double.NaN;
        return false;
    }
}

using System.Text;

namespace Osprey.Core.Monitoring.Drift;

/// <summary>
/// Decodes a categorical column's UTF-8 labels, handing out one string per distinct label (for the first <see cref="CategoryCounts.MaxCategories"/>
/// labels) instead of a new string per row.
/// </summary>
internal sealed class LabelTable
{
    private const int MaxStackChars = 256;

    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates an empty table.</summary>
    public LabelTable() => _lookup = _labels.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns the label as a string, the same instance each time it recurs.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        // UTF-8 never decodes to more UTF-16 characters than it has bytes.
        if (utf8.Length > MaxStackChars)
        {
            return Encoding.UTF8.GetString(utf8);
        }
        Span<char> buffer = stackalloc char[MaxStackChars];
        var text = buffer[..Encoding.UTF8.GetChars(utf8, buffer)];
        if (_lookup.TryGetValue(text, out var label))
        {
            return label;
        }
        label = new string(text);
        if (_labels.Count < CategoryCounts.MaxCategories)
        {
            _labels.Add(label, label);
        }
        return label;
    }
}

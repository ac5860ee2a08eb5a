using System.Globalization;
using System.Text;

namespace Osprey.Core.Data;

/// <summary>Collects one CSV column's fields while reading: parsed numbers, interned distinct strings and the facts schema inference needs.</summary>
internal sealed class ColumnBuilder
{
    // A column that is still numeric stops interning strings past this many distinct values; categories are never that many.
    private const int NumericDistinctLimit = 4096;
    private const double LargestExactInteger = 9007199254740992d;

    private readonly Dictionary<string, int> _dictionary = new(StringComparer.Ordinal);
    private readonly bool _keepStrings;
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private double[] _numbers;
    private int[] _codes;
    private int _capacity;

    public ColumnBuilder(string name, int capacity, bool keepStrings)
    {
        Name = name;
        _keepStrings = keepStrings;
        _capacity = Math.Max(capacity, 16);
        _numbers = new double[_capacity];
        _codes = new int[_capacity];
        _lookup = _dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Name { get; }

    public int RowCount { get; private set; }

    public int MissingCount { get; private set; }

    /// <summary>Gets whether every non-missing field parsed as a number.</summary>
    public bool IsNumeric { get; private set; } = true;

    /// <summary>Gets whether every parsed number is a whole number that a double holds exactly.</summary>
    public bool AllIntegers { get; private set; } = true;

    /// <summary>Gets whether <see cref="Codes"/> and <see cref="Distinct"/> cover every row.</summary>
    public bool HasStrings { get; private set; } = true;

    /// <summary>Gets whether a non-numeric value arrived after strings were dropped, so the strings must be read again.</summary>
    public bool NeedsStringPass { get; private set; }

    public List<string> Distinct { get; } = [];

    public int NonMissingCount => RowCount - MissingCount;

    public ReadOnlySpan<double> Numbers => _numbers.AsSpan(0, RowCount);

    public ReadOnlySpan<int> Codes => _codes.AsSpan(0, RowCount);

    public void AddMissing()
    {
        EnsureCapacity();
        if (IsNumeric)
        {
            _numbers[RowCount] = double.NaN;
        }
        if (HasStrings)
        {
            _codes[RowCount] = -1;
        }
        MissingCount++;
        RowCount++;
    }

    /// <summary>Adds a non-missing field that has already been trimmed of surrounding whitespace.</summary>
    public void Add(ReadOnlySpan<byte> trimmed)
    {
        EnsureCapacity();
        if (NeedsStringPass)
        {
            RowCount++;
            return;
        }
        if (IsNumeric)
        {
            if (!AddNumber(trimmed))
            {
                return;
            }
        }
        if (HasStrings)
        {
            _codes[RowCount] = Intern(trimmed);
            if (IsNumeric && !_keepStrings && Distinct.Count > NumericDistinctLimit)
            {
                DropStrings();
            }
        }
        RowCount++;
    }

    private bool AddNumber(ReadOnlySpan<byte> trimmed)
    {
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            if (double.IsNaN(value))
            {
                AddMissing();
                return false;
            }
            _numbers[RowCount] = value;
            if (AllIntegers && (Math.Floor(value) != value || Math.Abs(value) > LargestExactInteger))
            {
                AllIntegers = false;
            }
            return true;
        }
        IsNumeric = false;
        _numbers = [];
        if (!HasStrings)
        {
            NeedsStringPass = true;
            RowCount++;
            return false;
        }
        return true;
    }

    private int Intern(ReadOnlySpan<byte> utf8)
    {
        Span<char> buffer = utf8.Length <= 256 ? stackalloc char[256] : new char[utf8.Length];
        var length = Encoding.UTF8.GetChars(utf8, buffer);
        var text = buffer[..length];
        if (_lookup.TryGetValue(text, out var code))
        {
            return code;
        }
        var value = text.ToString();
        code = Distinct.Count;
        _dictionary.Add(value, code);
        Distinct.Add(value);
        return code;
    }

    private void DropStrings()
    {
        HasStrings = false;
        _codes = [];
        _dictionary.Clear();
        _dictionary.TrimExcess();
        Distinct.Clear();
    }

    private void EnsureCapacity()
    {
        if (RowCount < _capacity)
        {
            return;
        }
        _capacity *= 2;
        if (IsNumeric)
        {
            Array.Resize(ref _numbers, _capacity);
        }
        if (HasStrings)
        {
            Array.Resize(ref _codes, _capacity);
        }
    }
}

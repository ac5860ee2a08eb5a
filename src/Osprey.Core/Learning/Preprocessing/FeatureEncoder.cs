using System.Globalization;
using Osprey.Core.Data;

namespace Osprey.Core.Learning.Preprocessing;

/// <summary>
/// Turns raw table columns or text values into model features, identically at training and scoring time: numbers as floats,
/// booleans as 0/1, dates as days since 1970-01-01, categories as training codes. Missing values and unknown categories become NaN.
/// </summary>
public sealed class FeatureEncoder
{
    private static readonly long EpochTicks = new DateTime(1970, 1, 1).Ticks;
    private readonly Dictionary<string, int>[] _codes;
    private readonly MissingTokenSet _missing;

    /// <summary>Creates an encoder for the given input columns and missing-value tokens.</summary>
    public FeatureEncoder(IReadOnlyList<InputColumn> columns, IReadOnlyList<string> missingTokens)
    {
        Columns = columns;
        MissingTokens = missingTokens;
        Features = columns.Select(c => c.ToFeature()).ToArray();
        _missing = new MissingTokenSet(missingTokens);
        _codes = columns.Select(c => (c.Categories ?? []).Select((name, code) => (name, code))
            .ToDictionary(p => p.name, p => p.code, StringComparer.Ordinal)).ToArray();
    }

    /// <summary>Gets the input columns in feature order.</summary>
    public IReadOnlyList<InputColumn> Columns { get; }

    /// <summary>Gets the features the columns become.</summary>
    public IReadOnlyList<FeatureInfo> Features { get; }

    /// <summary>Gets the text tokens that mean "missing" when scoring text values.</summary>
    public IReadOnlyList<string> MissingTokens { get; }

    /// <summary>Chooses every feature-candidate column except the target and the excluded ones; categories are those of the given table.</summary>
    public static FeatureEncoder Fit(Table table, string? target, IReadOnlyCollection<string>? exclude = null, IReadOnlyList<string>? missingTokens = null)
    {
        var columns = new List<InputColumn>();
        foreach (var column in table.Columns)
        {
            if (column.Name == target || !column.Schema.IsFeatureCandidate || (exclude?.Contains(column.Name) ?? false))
            {
                continue;
            }
            columns.Add(new InputColumn(column.Name, column.Kind, (column as CategoricalColumn)?.Categories.ToArray()));
        }
        if (columns.Count == 0)
        {
            throw OspreyException.Invalid($"The data has no usable feature columns besides the target '{target}' (identifier and text columns are never features).");
        }
        return new FeatureEncoder(columns, missingTokens ?? CsvOptions.DefaultMissingTokens);
    }

    /// <summary>Encodes a table whose columns include every input column by name; <paramref name="unknown"/> counts unknown categories per column.</summary>
    public FeatureMatrix Transform(Table table, out int[] unknown)
    {
        var columns = new float[Columns.Count][];
        unknown = new int[Columns.Count];
        for (var i = 0; i < Columns.Count; i++)
        {
            var input = Columns[i];
            if (table.Schema.IndexOf(input.Name) < 0)
            {
                throw OspreyException.Invalid($"The data has no column '{input.Name}', which the model needs.");
            }
            columns[i] = EncodeColumn(i, table[input.Name], out unknown[i]);
        }
        return new FeatureMatrix(Features, columns);
    }

    /// <summary>Encodes one row of text values aligned with <see cref="Columns"/> (null or a missing token is missing); allocates nothing.</summary>
    public void EncodeRow(ReadOnlySpan<string?> values, Span<float> features)
    {
        if (values.Length != Columns.Count)
        {
            throw OspreyException.Invalid($"A row has {values.Length} values but the model reads {Columns.Count} columns.");
        }
        for (var i = 0; i < values.Length; i++)
        {
            features[i] = EncodeText(i, values[i]);
        }
    }

    /// <summary>Encodes one text value of input column <paramref name="column"/>; throws <see cref="ErrorCode.InvalidParameter"/> naming the column for malformed numbers.</summary>
    public float EncodeText(int column, ReadOnlySpan<char> text, bool isNull = false)
    {
        if (_missing.IsMissing(text, isNull))
        {
            return float.NaN;
        }
        var input = Columns[column];
        var trimmed = text.Trim();
        switch (input.Kind)
        {
            case ColumnKind.Categorical:
                return _codes[column].GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(trimmed, out var code) ? code : float.NaN;
            case ColumnKind.Boolean when BooleanText.TryParse(trimmed, out var flag):
                return (float)flag;
            case ColumnKind.DateTime when DateTimeText.TryParse(trimmed, out var ticks):
                return DaysSinceEpoch(ticks);
            case ColumnKind.Numeric or ColumnKind.Integer when double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return (float)number;
            default:
                throw OspreyException.Invalid($"Column '{input.Name}' expects {ColumnKindNames.WithArticle(input.Kind)} value but got '{trimmed}'.");
        }
    }

    private float EncodeText(int column, string? text) => EncodeText(column, text, text is null);

    private float[] EncodeColumn(int index, Column column, out int unknown)
    {
        var input = Columns[index];
        var result = new float[column.Length];
        unknown = 0;
        switch (column)
        {
            case NumericColumn numbers when input.Kind is not (ColumnKind.Categorical or ColumnKind.DateTime):
                var values = numbers.Values;
                for (var r = 0; r < result.Length; r++)
                {
                    result[r] = (float)values[r];
                }
                break;
            case DateTimeColumn dates when input.Kind == ColumnKind.DateTime:
                for (var r = 0; r < result.Length; r++)
                {
                    result[r] = dates.IsMissing(r) ? float.NaN : DaysSinceEpoch(dates.Ticks[r]);
                }
                break;
            case CategoricalColumn categories when input.Kind == ColumnKind.Categorical:
                var map = categories.Categories.Select(c => _codes[index].TryGetValue(c, out var code) ? code : -1).ToArray();
                for (var r = 0; r < result.Length; r++)
                {
                    var code = categories.Codes[r];
                    result[r] = code < 0 ? float.NaN : map[code] < 0 ? float.NaN : map[code];
                    unknown += code >= 0 && map[code] < 0 ? 1 : 0;
                }
                break;
            default:
                for (var r = 0; r < result.Length; r++)
                {
                    result[r] = EncodeText(index, column.Format(r));
                    unknown += input.Kind == ColumnKind.Categorical && !column.IsMissing(r) && float.IsNaN(result[r]) ? 1 : 0;
                }
                break;
        }
        return result;
    }

    private static float DaysSinceEpoch(long ticks) => (float)((ticks - EpochTicks) / (double)TimeSpan.TicksPerDay);
}

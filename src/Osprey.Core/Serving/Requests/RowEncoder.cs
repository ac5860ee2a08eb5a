using Osprey.Core.Data;
using Osprey.Core.Learning.Preprocessing;

namespace Osprey.Core.Serving.Requests;

/// <summary>
/// Checks a request row against a model's input columns and encodes it into the model's features, exactly as the model file's
/// own preprocessing would; a warm encoder allocates nothing for a valid row and names the field at fault for an invalid one.
/// </summary>
public sealed class RowEncoder
{
    private readonly FeatureEncoder _encoder;
    private readonly ValidationPolicy _policy;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _columnsByName;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[] _categories;
    private readonly string[] _missingTokens;

    /// <summary>Creates an encoder for a model's preprocessing under a validation policy.</summary>
    public RowEncoder(FeatureEncoder encoder, ValidationPolicy policy)
    {
        _encoder = encoder;
        _policy = policy;
        var columns = encoder.Columns;
        _columnsByName = columns.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _categories = columns.Select(c => (c.Categories ?? []).Select((name, code) => (name, code))
            .ToDictionary(p => p.name, p => p.code, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
        _missingTokens = encoder.MissingTokens.Select(t => t.Trim()).Where(t => t.Length > 0).ToArray();
    }

    /// <summary>Gets the input columns, in the order positional rows must follow.</summary>
    public IReadOnlyList<InputColumn> Columns => _encoder.Columns;

    /// <summary>Gets the validation policy.</summary>
    public ValidationPolicy Policy => _policy;

    /// <summary>Encodes a row into <paramref name="features"/> (one per input column); returns the first problem, or null when the row is valid.</summary>
    public FieldProblem? Encode(RawRow row, Span<float> features)
    {
        var count = Columns.Count;
        if (row.Count > 0 && row.Fields[0].IsPositional)
        {
            return EncodePositional(row, features);
        }
        Span<bool> seen = count <= 512 ? stackalloc bool[count] : new bool[count];
        seen.Clear();
        var next = 0;
        foreach (ref readonly var field in row.Fields)
        {
            var name = row.NameOf(field);
            // Clients usually send features in schema order, where comparing with the expected name beats hashing.
            var column = next < count && name.SequenceEqual(Columns[next].Name) ? next : -1;
            if (column < 0 && !_columnsByName.TryGetValue(name, out column))
            {
                return FieldProblems.Unknown(name.ToString(), Columns);
            }
            next = column + 1;
            if (seen[column])
            {
                return new FieldProblem(Columns[column].Name, "duplicate_feature", $"The feature '{Columns[column].Name}' is given twice.");
            }
            seen[column] = true;
            if (EncodeValue(column, row, field, out features[column]) is { } problem)
            {
                return problem;
            }
        }
        var absent = seen.IndexOf(false);
        return absent < 0 ? null : FieldProblems.Missing(Columns[absent].Name, Columns);
    }

    private FieldProblem? EncodePositional(RawRow row, Span<float> features)
    {
        if (row.Count != Columns.Count)
        {
            return new FieldProblem("features", "wrong_length",
                $"'features' has {row.Count} values but the model reads {Columns.Count}, in this order: {FieldProblems.NameList(Columns)}.");
        }
        var fields = row.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            if (EncodeValue(i, row, fields[i], out features[i]) is { } problem)
            {
                return problem;
            }
        }
        return null;
    }

    private FieldProblem? EncodeValue(int column, RawRow row, in RawField field, out float value)
    {
        var input = Columns[column];
        value = float.NaN;
        switch (field.Kind)
        {
            case RawValueKind.Null:
                return _policy.RejectMissing ? FieldProblems.MissingValue(input.Name, "null") : null;
            case RawValueKind.Text when IsMissingToken(row.TextOf(field)):
                return _policy.RejectMissing ? FieldProblems.MissingValue(input.Name, $"'{row.TextOf(field).ToString()}', which means missing") : null;
            case RawValueKind.Text:
                return EncodeText(column, row.TextOf(field), out value);
            case RawValueKind.Number:
                return EncodeNumber(column, field.Number, row.TextOf(field), out value);
            default:
                return EncodeFlag(column, field.Kind == RawValueKind.True, out value);
        }
    }

    private FieldProblem? EncodeText(int column, ReadOnlySpan<char> text, out float value)
    {
        var input = Columns[column];
        if (input.Kind == ColumnKind.Categorical)
        {
            return Category(column, text.Trim(), out value);
        }
        try
        {
            value = _encoder.EncodeText(column, text);
        }
        catch (OspreyException)
        {
            value = float.NaN;
            return FieldProblems.WrongType(input, $"'{text.ToString()}'");
        }
        return float.IsNaN(value) && _policy.RejectMissing ? FieldProblems.MissingValue(input.Name, "NaN") : null;
    }

    private FieldProblem? EncodeNumber(int column, double number, ReadOnlySpan<char> text, out float value)
    {
        var input = Columns[column];
        value = float.NaN;
        switch (input.Kind)
        {
            case ColumnKind.Numeric or ColumnKind.Integer:
                value = (float)number;
                return null;
            case ColumnKind.Boolean when number is 0 or 1:
                value = (float)number;
                return null;
            case ColumnKind.Categorical:
                return Category(column, text, out value);
            default:
                return FieldProblems.WrongType(input, $"the number {text.ToString()}");
        }
    }

    private FieldProblem? EncodeFlag(int column, bool flag, out float value)
    {
        var input = Columns[column];
        value = flag ? 1 : 0;
        switch (input.Kind)
        {
            case ColumnKind.Boolean or ColumnKind.Numeric or ColumnKind.Integer:
                return null;
            case ColumnKind.Categorical when _categories[column].TryGetValue(flag ? "True" : "False", out var code):
                value = code;
                return null;
            case ColumnKind.Categorical:
                return Category(column, flag ? "true" : "false", out value);
            default:
                value = float.NaN;
                return FieldProblems.WrongType(input, flag ? "true" : "false");
        }
    }

    private FieldProblem? Category(int column, ReadOnlySpan<char> text, out float value)
    {
        if (_categories[column].TryGetValue(text, out var code))
        {
            value = code;
            return null;
        }
        value = float.NaN;
        if (!_policy.RejectUnseenCategories)
        {
            return null;
        }
        return FieldProblems.UnseenCategory(Columns[column], text.ToString());
    }

    private bool IsMissingToken(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            return true;
        }
        foreach (var token in _missingTokens)
        {
            if (trimmed.SequenceEqual(token))
            {
                return true;
            }
        }
        return false;
    }
}

using System.Globalization;

namespace Osprey.Core.Data;

/// <summary>Turns a filled <see cref="ColumnBuilder"/> into a typed column of the decided kind, or explains why the values do not fit it.</summary>
internal static class ColumnFactory
{
    public static Column Create(ColumnBuilder column, ColumnKind kind, string source) => kind switch
    {
        ColumnKind.Numeric or ColumnKind.Integer => CreateNumber(column, kind, source),
        ColumnKind.Boolean => CreateBoolean(column, source),
        ColumnKind.Categorical => new CategoricalColumn(column.Name, column.Codes.ToArray(), column.Distinct.ToArray()),
        ColumnKind.DateTime => CreateDateTime(column, source),
        _ => CreateText(column, kind),
    };

    private static NumericColumn CreateNumber(ColumnBuilder column, ColumnKind kind, string source)
    {
        if (!column.IsNumeric)
        {
            var bad = column.Distinct.First(v => !double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
            throw Mismatch(source, column.Name, kind, bad);
        }
        if (kind == ColumnKind.Integer && !column.AllIntegers)
        {
            var bad = column.Numbers.ToArray().First(v => !double.IsNaN(v) && Math.Floor(v) != v);
            throw Mismatch(source, column.Name, kind, bad.ToString(CultureInfo.InvariantCulture));
        }
        return new NumericColumn(column.Name, kind, column.Numbers.ToArray());
    }

    private static NumericColumn CreateBoolean(ColumnBuilder column, string source)
    {
        if (column.IsNumeric)
        {
            var values = column.Numbers.ToArray();
            foreach (var value in values)
            {
                if (!double.IsNaN(value) && value is not (0d or 1d))
                {
                    throw Mismatch(source, column.Name, ColumnKind.Boolean, value.ToString(CultureInfo.InvariantCulture));
                }
            }
            return new NumericColumn(column.Name, ColumnKind.Boolean, values);
        }
        var byCode = new double[column.Distinct.Count];
        for (var code = 0; code < byCode.Length; code++)
        {
            if (!BooleanText.TryParse(column.Distinct[code], out byCode[code]))
            {
                throw Mismatch(source, column.Name, ColumnKind.Boolean, column.Distinct[code]);
            }
        }
        var codes = column.Codes;
        var result = new double[codes.Length];
        for (var row = 0; row < result.Length; row++)
        {
            result[row] = codes[row] < 0 ? double.NaN : byCode[codes[row]];
        }
        var falseName = Spelling(column, byCode, 0) ?? "false";
        var trueName = Spelling(column, byCode, 1) ?? "true";
        return new NumericColumn(column.Name, ColumnKind.Boolean, result, [falseName, trueName]);
    }

    private static string? Spelling(ColumnBuilder column, double[] byCode, double value)
    {
        var code = Array.IndexOf(byCode, value);
        return code < 0 ? null : column.Distinct[code];
    }

    private static DateTimeColumn CreateDateTime(ColumnBuilder column, string source)
    {
        var byCode = new long[column.Distinct.Count];
        for (var code = 0; code < byCode.Length; code++)
        {
            if (!DateTimeText.TryParse(column.Distinct[code], out byCode[code]))
            {
                throw Mismatch(source, column.Name, ColumnKind.DateTime, column.Distinct[code]);
            }
        }
        var codes = column.Codes;
        var ticks = new long[codes.Length];
        for (var row = 0; row < ticks.Length; row++)
        {
            ticks[row] = codes[row] < 0 ? DateTimeColumn.MissingTicks : byCode[codes[row]];
        }
        return new DateTimeColumn(column.Name, ticks);
    }

    private static TextColumn CreateText(ColumnBuilder column, ColumnKind kind)
    {
        var values = new string?[column.RowCount];
        if (column.HasStrings)
        {
            var codes = column.Codes;
            for (var row = 0; row < values.Length; row++)
            {
                values[row] = codes[row] < 0 ? null : column.Distinct[codes[row]];
            }
        }
        else
        {
            // A numeric key with thousands of distinct values kept only its numbers; their shortest round-trip text stands in.
            var numbers = column.Numbers;
            for (var row = 0; row < values.Length; row++)
            {
                values[row] = double.IsNaN(numbers[row]) ? null : numbers[row].ToString("R", CultureInfo.InvariantCulture);
            }
        }
        return new TextColumn(column.Name, kind, values);
    }

    private static OspreyException Mismatch(string source, string name, ColumnKind kind, string value) =>
        OspreyException.Invalid(
            $"{source}: column '{name}' is declared {ColumnKindNames.Format(kind)} but holds the value '{value}'; fix the value or declare another kind.");
}

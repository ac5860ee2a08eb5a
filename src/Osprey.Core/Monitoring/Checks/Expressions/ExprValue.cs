using System.Globalization;
using Osprey.Core.Data;

namespace Osprey.Core.Monitoring.Checks.Expressions;

/// <summary>A value in a check expression: null (unknown), a number, text or a truth value.</summary>
internal readonly record struct ExprValue(ExprValueKind Kind, double Number, string? Text)
{
    public static readonly ExprValue Null = new(ExprValueKind.Null, 0, null);
    public static readonly ExprValue True = new(ExprValueKind.Bool, 1, null);
    public static readonly ExprValue False = new(ExprValueKind.Bool, 0, null);

    public bool IsNull => Kind == ExprValueKind.Null;

    public static ExprValue Of(double number) => double.IsNaN(number) ? Null : new(ExprValueKind.Number, number, null);

    public static ExprValue Of(string? text) => text is null ? Null : new(ExprValueKind.Text, 0, text);

    public static ExprValue Of(bool value) => value ? True : False;

    /// <summary>Reads the value as a number: numbers and truth values directly, text when it spells a number or a yes/no word; null otherwise.</summary>
    public double? AsNumber() => Kind switch
    {
        ExprValueKind.Number or ExprValueKind.Bool => Number,
        ExprValueKind.Text when double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        ExprValueKind.Text when BooleanText.TryParse(Text, out var flag) => flag,
        _ => null,
    };

    /// <summary>Reads the value as a truth value: truth values directly, numbers as non-zero; null for null and text.</summary>
    public bool? AsBool() => Kind switch
    {
        ExprValueKind.Bool or ExprValueKind.Number => Number != 0,
        _ => null,
    };

    public override string ToString() => Kind switch
    {
        ExprValueKind.Null => "null",
        ExprValueKind.Text => Text!,
        ExprValueKind.Bool => Number != 0 ? "true" : "false",
        _ => Number.ToString("R", CultureInfo.InvariantCulture),
    };
}

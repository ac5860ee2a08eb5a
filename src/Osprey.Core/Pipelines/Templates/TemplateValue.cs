using System.Globalization;
using System.Text.Json;

namespace Osprey.Core.Pipelines.Templates;

/// <summary>A value produced while evaluating a template or condition: null, a boolean, a number, a string, JSON structure, or missing (with the reason).</summary>
public readonly record struct TemplateValue
{
    private readonly double number;
    private readonly string? text;
    private readonly JsonElement json;

    private TemplateValue(ValueKind kind, bool boolean = false, double number = 0, string? text = null, JsonElement json = default)
    {
        Kind = kind;
        Boolean = boolean;
        this.number = number;
        this.text = text;
        this.json = json;
    }

    /// <summary>Gets the kind of the value.</summary>
    public ValueKind Kind { get; }

    /// <summary>Gets the boolean (meaningful when <see cref="Kind"/> is <see cref="ValueKind.Boolean"/>).</summary>
    public bool Boolean { get; }

    /// <summary>Gets the number (meaningful when <see cref="Kind"/> is <see cref="ValueKind.Number"/>).</summary>
    public double Number => number;

    /// <summary>Gets the string, or for a missing value the reason it is missing.</summary>
    public string Text => text ?? "";

    /// <summary>Gets the null value.</summary>
    public static TemplateValue Null { get; } = new(ValueKind.Null);

    /// <summary>Creates a missing value with the reason, such as "task train was skipped".</summary>
    public static TemplateValue Missing(string reason) => new(ValueKind.Missing, text: reason);

    /// <summary>Creates a boolean value.</summary>
    public static TemplateValue From(bool value) => new(ValueKind.Boolean, boolean: value);

    /// <summary>Creates a string value.</summary>
    public static TemplateValue From(string value) => new(ValueKind.String, text: value);

    /// <summary>Creates a number, keeping the exact text it was written as when given (so 12345678901234567890 renders unchanged).</summary>
    public static TemplateValue FromNumber(double value, string? exactText = null) =>
        new(ValueKind.Number, number: value, text: exactText ?? value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Wraps a JSON value, mapping JSON kinds onto template kinds.</summary>
    public static TemplateValue From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True => From(true),
        JsonValueKind.False => From(false),
        JsonValueKind.Null or JsonValueKind.Undefined => Null,
        JsonValueKind.String => From(element.GetString()!),
        JsonValueKind.Number => FromNumber(element.GetDouble(), element.GetRawText()),
        _ => new(ValueKind.Structured, json: element),
    };

    /// <summary>Gets the JSON element of a structured value.</summary>
    public JsonElement Structure => json;

    /// <summary>Renders the value inside text: strings as they are, numbers invariantly, null as empty, structures as JSON.</summary>
    public string ToDisplayString() => Kind switch
    {
        ValueKind.Boolean => Boolean ? "true" : "false",
        ValueKind.Number or ValueKind.String => Text,
        ValueKind.Structured => json.GetRawText(),
        _ => "",
    };

    /// <summary>Writes the value as JSON (missing is written as null).</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        switch (Kind)
        {
            case ValueKind.Boolean:
                writer.WriteBooleanValue(Boolean);
                break;
            case ValueKind.Number:
                writer.WriteRawValue(Text);
                break;
            case ValueKind.String:
                writer.WriteStringValue(Text);
                break;
            case ValueKind.Structured:
                json.WriteTo(writer);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    /// <summary>Describes the value for error messages, e.g. <c>number 0.8</c> or <c>string 'x'</c>.</summary>
    public string Describe() => Kind switch
    {
        ValueKind.Missing => $"nothing ({Text})",
        ValueKind.Null => "null",
        ValueKind.Boolean => Boolean ? "true" : "false",
        ValueKind.Number => $"number {Text}",
        ValueKind.String => $"string '{Text}'",
        _ => json.ValueKind == JsonValueKind.Array ? "a list" : "an object",
    };
}

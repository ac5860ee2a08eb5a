using System.Globalization;
using System.Text.Json;

namespace Osprey.Core.Pipelines.Tasks;

/// <summary>Reads a try's rendered settings (a JSON object) by name; a missing or wrongly typed value throws <see cref="TaskSettingsException"/> naming the field.</summary>
public sealed class TaskSettings(string taskId, JsonElement settings)
{
    private string Path(string name) => $"tasks.{taskId}.with.{name}";

    /// <summary>Gets a raw value, or null when absent or null.</summary>
    public JsonElement? Value(string name) =>
        settings.ValueKind == JsonValueKind.Object && settings.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>Gets required text.</summary>
    public string Text(string name) => OptionalText(name) ?? throw Missing(name, SettingKind.Text);

    /// <summary>Gets text, or null when absent; numbers and booleans are accepted as their text.</summary>
    public string? OptionalText(string name) => Value(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } scalar => scalar.GetRawText(),
        { } other => throw Wrong(name, SettingKind.Text, other),
    };

    /// <summary>Gets a number, or null when absent; numeric text is accepted.</summary>
    public double? OptionalNumber(string name) => Value(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } number => number.GetDouble(),
        { ValueKind: JsonValueKind.String } text when double.TryParse(text.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        { } other => throw Wrong(name, SettingKind.Number, other),
    };

    /// <summary>Gets a whole number, or null when absent.</summary>
    public long? OptionalWholeNumber(string name) => OptionalNumber(name) switch
    {
        null => null,
        var n when n == Math.Floor(n.Value) && Math.Abs(n.Value) < 1e15 => (long)n.Value,
        var n => throw new TaskSettingsException($"{Path(name)} must be a whole number, got {n!.Value.ToString(CultureInfo.InvariantCulture)}"),
    };

    /// <summary>Gets a boolean, or <paramref name="fallback"/> when absent.</summary>
    public bool Boolean(string name, bool fallback) => Value(name) switch
    {
        null => fallback,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.String } text when bool.TryParse(text.GetString(), out var parsed) => parsed,
        { } other => throw Wrong(name, SettingKind.Boolean, other),
    };

    /// <summary>Gets a map of text values (numbers and booleans as their text), or an empty map when absent.</summary>
    public IReadOnlyDictionary<string, string> TextMap(string name)
    {
        if (Value(name) is not { } map)
        {
            return new Dictionary<string, string>();
        }
        if (map.ValueKind != JsonValueKind.Object)
        {
            throw Wrong(name, SettingKind.Map, map);
        }
        return map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText(), StringComparer.Ordinal);
    }

    /// <summary>Gets a list's items, or an empty list when absent; a single value counts as a list of one.</summary>
    public IReadOnlyList<JsonElement> List(string name) => Value(name) switch
    {
        null => [],
        { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray()],
        { } one => [one],
    };

    /// <summary>Gets a duration such as <c>30s</c>, or null when absent.</summary>
    public TimeSpan? OptionalDuration(string name) => OptionalText(name) switch
    {
        null => null,
        var text when DurationText.TryParse(text, out var span) => span,
        var text => throw new TaskSettingsException($"{Path(name)} must be {SettingsSchema.Describe(SettingKind.Duration)}, got '{text}'"),
    };

    /// <summary>Returns a description of what a literal is when it does not fit <paramref name="kind"/>, or null when it fits.</summary>
    internal static string? Mismatch(SettingKind kind, JsonElement value)
    {
        var fits = (kind, value.ValueKind) switch
        {
            (_, JsonValueKind.Null) or (SettingKind.Any, _) => true,
            (SettingKind.Text or SettingKind.Duration, JsonValueKind.String) => kind != SettingKind.Duration || DurationText.TryParse(value.GetString(), out _),
            (SettingKind.Text, JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False) => true,
            (SettingKind.Number, JsonValueKind.Number) => true,
            (SettingKind.WholeNumber, JsonValueKind.Number) => value.TryGetInt64(out _),
            (SettingKind.Boolean, JsonValueKind.True or JsonValueKind.False) => true,
            _ => false,
        };
        return fits ? null : value.ValueKind == JsonValueKind.String ? $"'{value.GetString()}'" : value.GetRawText();
    }

    private TaskSettingsException Missing(string name, SettingKind kind) =>
        new($"{Path(name)} is required and must be {SettingsSchema.Describe(kind)}");

    private TaskSettingsException Wrong(string name, SettingKind kind, JsonElement got) =>
        new($"{Path(name)} must be {SettingsSchema.Describe(kind)}, got {(got.ValueKind == JsonValueKind.String ? $"'{got.GetString()}'" : got.GetRawText())}");
}

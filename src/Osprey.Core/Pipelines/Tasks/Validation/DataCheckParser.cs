using System.Globalization;
using System.Text.Json;

namespace Osprey.Core.Pipelines.Tasks.Validation;

/// <summary>Reads the <c>checks</c> list of a <c>validate</c> task: each item is a map with one key, <c>row_count</c>, <c>not_null</c> or <c>range</c>.</summary>
internal static class DataCheckParser
{
    public static List<DataCheck> Parse(string taskId, IReadOnlyList<JsonElement> items)
    {
        var checks = new List<DataCheck>();
        for (var i = 0; i < items.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"tasks.{taskId}.with.checks[{i}]");
            var item = items[i];
            if (item.ValueKind != JsonValueKind.Object || item.EnumerateObject().Count() != 1)
            {
                throw new TaskSettingsException($"{path} must be a map with one key: row_count, not_null or range");
            }
            var check = item.EnumerateObject().First();
            var settings = new TaskSettings(taskId, check.Value);
            checks.Add(check.Name switch
            {
                "row_count" => new RowCountCheck(settings.OptionalWholeNumber("min"), settings.OptionalWholeNumber("max")),
                "not_null" => new NotNullCheck(Columns(path, check.Value)),
                "range" => new RangeCheck(settings.Text("column"), settings.OptionalNumber("min"), settings.OptionalNumber("max")),
                _ => throw new TaskSettingsException($"{path}.{check.Name} is not a check; use row_count, not_null or range"),
            });
        }
        return checks;
    }

    private static List<string> Columns(string path, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) => [.. value.EnumerateArray().Select(e => e.GetString()!)],
        _ => throw new TaskSettingsException($"{path}.not_null must be a column name or a list of them"),
    };
}

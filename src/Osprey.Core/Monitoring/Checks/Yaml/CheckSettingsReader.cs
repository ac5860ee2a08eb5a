using Osprey.Core.Data;
using Osprey.Core.Pipelines.Yaml;

namespace Osprey.Core.Monitoring.Checks.Yaml;

/// <summary>Turns one check's settings (already located in the file) into a <see cref="CheckSpec"/>; type errors go to the context.</summary>
internal sealed class CheckSettingsReader(SpecContext context, CheckKind kind, IReadOnlyDictionary<string, (SpecNode Node, string Field)> settings)
{
    /// <summary>Builds the spec; <paramref name="column"/> (from a list shorthand) replaces the <c>column</c> setting when given.</summary>
    public CheckSpec Spec(string? column)
    {
        var spec = new CheckSpec(kind, column ?? Text("column"))
        {
            Min = Number("min"), Max = Number("max"),
            MinInclusive = Flag("min_inclusive") ?? true, MaxInclusive = Flag("max_inclusive") ?? true,
            Values = Values(), Pattern = Text("pattern"), Q = Number("q"), MaxAge = Duration("max_age"),
            Expression = Text("expr"), SchemaColumns = SchemaColumns(), Exact = Flag("exact") ?? false,
            Mostly = Number("mostly") ?? 1.0, Level = Level(), Name = Text("name"),
        };
        return settings.ContainsKey("warn") ? spec with { Warn = Warn() } : spec;
    }

    private string? Text(string name) => settings.TryGetValue(name, out var s) ? context.Text(s.Node, s.Field) : null;

    private double? Number(string name) => settings.TryGetValue(name, out var s) ? context.Number(s.Node, s.Field) : null;

    private bool? Flag(string name) => settings.TryGetValue(name, out var s) ? context.Flag(s.Node, s.Field) : null;

    private TimeSpan? Duration(string name) => settings.TryGetValue(name, out var s) ? context.Duration(s.Node, s.Field) : null;

    private CheckLevel Level()
    {
        if (Text("level") is not { } text)
        {
            return CheckLevel.Fail;
        }
        if (text is "fail" or "warn")
        {
            return text == "warn" ? CheckLevel.Warn : CheckLevel.Fail;
        }
        var (node, field) = settings["level"];
        context.Error(field, node, $"{field} must be fail or warn, got '{text}'");
        return CheckLevel.Fail;
    }

    private List<string>? Values()
    {
        if (!settings.TryGetValue("values", out var s))
        {
            return null;
        }
        if (s.Node is not SpecSequence list)
        {
            context.Error(s.Field, s.Node, $"{s.Field} must be a list of values, got {s.Node.Shape}");
            return null;
        }
        return [.. list.Items.Select((item, i) => context.Text(item, $"{s.Field}[{i}]") ?? "")];
    }

    private List<SchemaColumn>? SchemaColumns()
    {
        if (!settings.TryGetValue("columns", out var s))
        {
            return null;
        }
        switch (s.Node)
        {
            case SpecSequence list:
                return [.. list.Items.Select((item, i) => new SchemaColumn(context.Text(item, $"{s.Field}[{i}]") ?? ""))];
            case SpecMapping map:
                return [.. map.Entries.Select(e => new SchemaColumn(e.Key.Value, Kind(e.Value, $"{s.Field}.{e.Key.Value}")))];
            default:
                context.Error(s.Field, s.Node, $"{s.Field} must be a map from column name to kind, or a list of column names, got {s.Node.Shape}");
                return null;
        }
    }

    private ColumnKind? Kind(SpecNode node, string field)
    {
        var text = context.Text(node, field);
        if (text is null or "any" || node is SpecScalar { IsNull: true })
        {
            return null;
        }
        try
        {
            return ColumnKindNames.Parse(text, field);
        }
        catch (OspreyException)
        {
            context.Error(field, node, $"{field} must be a column kind (numeric, integer, boolean, categorical, datetime, text, identifier) or any, got '{text}'");
            return null;
        }
    }

    private WarnThresholds? Warn()
    {
        var (node, field) = settings["warn"];
        if (context.Map(node, field, "a map of stricter thresholds (mostly, min, max, max_age)") is not { } map)
        {
            return null;
        }
        context.CheckKeys(map, field, CheckFields.Warn);
        var values = map.Entries.ToDictionary(e => e.Key.Value, e => (e.Value, $"{field}.{e.Key.Value}"), StringComparer.Ordinal);
        var warn = new CheckSettingsReader(context, kind, values);
        return new WarnThresholds(warn.Number("mostly"), warn.Number("min"), warn.Number("max"), warn.Duration("max_age"));
    }
}

using Osprey.Core.Alerting.OnCall;
using Osprey.Core.Pipelines;
using Osprey.Core.Pipelines.Yaml;

namespace Osprey.Core.Alerting.Configuration;

/// <summary>Reads a schedule: its time zone, layers (rotation, start, users, restrictions) and overrides, with local times read in the schedule's zone.</summary>
internal sealed class ScheduleSpecReader(OnCallFields fields)
{
    private static readonly string[] ScheduleFields = ["name", "time_zone", "layers", "overrides"];
    private static readonly string[] LayerFields = ["name", "rotation", "length", "start", "end", "users", "restrictions"];
    private static readonly string[] RestrictionFields = ["days", "from", "to"];
    private static readonly string[] OverrideFields = ["user", "from", "to"];

    public Schedule? Read(SpecNode node, string field)
    {
        if (fields.Item(node, field, ScheduleFields) is not { } item || fields.Required(item, node, field, "name") is not { } name)
        {
            return null;
        }
        var zone = item.TryGetValue("time_zone", out var z) ? fields.Zone(z, field + ".time_zone") : TimeZoneInfo.Utc;
        if (zone is null)
        {
            return null;
        }
        var layers = new List<ScheduleLayer>();
        if (item.TryGetValue("layers", out var layerNodes))
        {
            foreach (var (layerNode, layerField) in fields.List(layerNodes, field + ".layers"))
            {
                if (Layer(layerNode, layerField, layers.Count) is { } layer)
                {
                    layers.Add(layer);
                }
            }
        }
        var overrides = new List<ScheduleOverride>();
        if (item.TryGetValue("overrides", out var overrideNodes))
        {
            foreach (var (overrideNode, overrideField) in fields.List(overrideNodes, field + ".overrides"))
            {
                if (Override(overrideNode, overrideField, zone) is { } o)
                {
                    overrides.Add(o);
                }
            }
        }
        return new Schedule(name, zone, layers, overrides);
    }

    private ScheduleLayer? Layer(SpecNode node, string field, int index)
    {
        if (fields.Item(node, field, LayerFields) is not { } item)
        {
            return null;
        }
        var length = Length(item, node, field);
        var start = item.TryGetValue("start", out var s) ? fields.LocalDateTime(s, field + ".start") : Required<DateTime>(node, field + ".start");
        DateTime? end = item.TryGetValue("end", out var e) ? fields.LocalDateTime(e, field + ".end") : null;
        var users = fields.Names(item, field, "users");
        if (users.Count == 0)
        {
            fields.Context.Error(field + ".users", node, $"{field}.users must name at least one user");
        }
        var restrictions = new List<TimeRestriction>();
        if (item.TryGetValue("restrictions", out var r))
        {
            foreach (var (restrictionNode, restrictionField) in fields.List(r, field + ".restrictions"))
            {
                if (Restriction(restrictionNode, restrictionField) is { } restriction)
                {
                    restrictions.Add(restriction);
                }
            }
        }
        var name = fields.Optional(item, field, "name") ?? $"layer-{index + 1}";
        return length is { } l && start is { } st ? new ScheduleLayer(name, st, l, users, restrictions, end) : null;
    }

    private TimeSpan? Length(Dictionary<string, SpecNode> item, SpecNode node, string field)
    {
        if (!item.TryGetValue("rotation", out var rotationNode))
        {
            return Required<TimeSpan>(node, field + ".rotation");
        }
        var rotation = fields.Context.Text(rotationNode, field + ".rotation");
        switch (rotation)
        {
            case "daily":
                return TimeSpan.FromDays(1);
            case "weekly":
                return TimeSpan.FromDays(7);
            case "custom" when item.TryGetValue("length", out var lengthNode):
                var length = fields.Duration(lengthNode, field + ".length");
                if (length is { } l && l < TimeSpan.FromMinutes(30))
                {
                    fields.Context.Error(field + ".length", lengthNode, $"{field}.length must be at least 30m, got '{DurationText.Format(l)}'");
                    return null;
                }
                return length;
            case "custom":
                return Required<TimeSpan>(node, field + ".length");
            case null:
                return null;
            default:
                fields.Context.Error(field + ".rotation", rotationNode, $"{field}.rotation must be daily, weekly or custom (with length), got '{rotation}'");
                return null;
        }
    }

    private TimeRestriction? Restriction(SpecNode node, string field)
    {
        if (fields.Item(node, field, RestrictionFields) is not { } item)
        {
            return null;
        }
        var days = item.TryGetValue("days", out var d) ? fields.Days(d, field + ".days") : [];
        var from = item.TryGetValue("from", out var f) ? fields.TimeOfDay(f, field + ".from") : Required<TimeOnly>(node, field + ".from");
        var to = item.TryGetValue("to", out var t) ? fields.TimeOfDay(t, field + ".to") : Required<TimeOnly>(node, field + ".to");
        return from is { } a && to is { } b ? new TimeRestriction(days, a, b) : null;
    }

    private ScheduleOverride? Override(SpecNode node, string field, TimeZoneInfo zone)
    {
        if (fields.Item(node, field, OverrideFields) is not { } item || fields.Required(item, node, field, "user") is not { } user)
        {
            return null;
        }
        var from = item.TryGetValue("from", out var f) ? fields.LocalDateTime(f, field + ".from") : Required<DateTime>(node, field + ".from");
        var to = item.TryGetValue("to", out var t) ? fields.LocalDateTime(t, field + ".to") : Required<DateTime>(node, field + ".to");
        if (from is not { } start || to is not { } end)
        {
            return null;
        }
        if (end <= start)
        {
            fields.Context.Error(field + ".to", node, $"{field}.to must be after {field}.from");
            return null;
        }
        return new ScheduleOverride(user, WallClock.Instant(start, zone), WallClock.Instant(end, zone));
    }

    private T? Required<T>(SpecNode node, string field)
        where T : struct
    {
        fields.Context.Error(field, node, $"{field} is required");
        return null;
    }
}

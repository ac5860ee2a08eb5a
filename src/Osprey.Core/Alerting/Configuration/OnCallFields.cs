using System.Globalization;
using Osprey.Core.Alerting.OnCall;
using Osprey.Core.Pipelines.Yaml;

namespace Osprey.Core.Alerting.Configuration;

/// <summary>Typed reads of on-call fields over the shared YAML spec context: every bad value is recorded with its file position and the read returns null.</summary>
internal sealed class OnCallFields(SpecContext context)
{
    private static readonly Dictionary<string, DayOfWeek[]> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = [DayOfWeek.Monday], ["tue"] = [DayOfWeek.Tuesday], ["wed"] = [DayOfWeek.Wednesday], ["thu"] = [DayOfWeek.Thursday],
        ["fri"] = [DayOfWeek.Friday], ["sat"] = [DayOfWeek.Saturday], ["sun"] = [DayOfWeek.Sunday],
        ["weekdays"] = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        ["weekends"] = [DayOfWeek.Saturday, DayOfWeek.Sunday],
    };

    public SpecContext Context => context;

    /// <summary>Reads a map item, reporting unknown keys, and returns its fields by name (null when the node is not a map).</summary>
    public Dictionary<string, SpecNode>? Item(SpecNode node, string field, IReadOnlyCollection<string> known)
    {
        if (context.Map(node, field, "a map of fields") is not { } map)
        {
            return null;
        }
        context.CheckKeys(map, field, known);
        return map.Entries.Where(e => known.Contains(e.Key.Value)).ToDictionary(e => e.Key.Value, e => e.Value, StringComparer.Ordinal);
    }

    /// <summary>Reads a list (a single value counts as a list of one; nothing counts as empty).</summary>
    public IReadOnlyList<(SpecNode Node, string Field)> List(SpecNode node, string field)
    {
        context.Locate(field, node);
        return node switch
        {
            SpecSequence list => list.Items.Select((item, i) => (item, $"{field}[{i}]")).ToList(),
            SpecScalar { IsNull: true } => [],
            _ => [(node, field)],
        };
    }

    public string? Required(Dictionary<string, SpecNode> fields, SpecNode item, string prefix, string key)
    {
        if (fields.TryGetValue(key, out var node))
        {
            return NonEmpty(node, SpecContext.Join(prefix, key));
        }
        context.Error(SpecContext.Join(prefix, key), item, $"{SpecContext.Join(prefix, key)} is required");
        return null;
    }

    public string? Optional(Dictionary<string, SpecNode> fields, string prefix, string key) =>
        fields.TryGetValue(key, out var node) && node is not SpecScalar { IsNull: true } ? NonEmpty(node, SpecContext.Join(prefix, key)) : null;

    public IReadOnlyList<string> Names(Dictionary<string, SpecNode> fields, string prefix, string key) =>
        fields.TryGetValue(key, out var node)
            ? List(node, SpecContext.Join(prefix, key)).Select(x => NonEmpty(x.Node, x.Field)).OfType<string>().ToList()
            : [];

    public TimeOnly? TimeOfDay(SpecNode node, string field)
    {
        var text = context.Text(node, field);
        if (text is not null && TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        return Bad<TimeOnly>(text, node, field, "a time of day such as 09:00 or 22:30");
    }

    public DateTime? LocalDateTime(SpecNode node, string field)
    {
        var text = context.Text(node, field);
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"];
        if (text is not null && DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
        }
        return Bad<DateTime>(text, node, field, "a local date and time such as 2026-03-02T09:00 (read in the schedule's time zone)");
    }

    public TimeZoneInfo? Zone(SpecNode node, string field)
    {
        var text = context.Text(node, field);
        if (text is null)
        {
            return null;
        }
        if (WallClock.FindZone(text) is { } zone)
        {
            return zone;
        }
        context.Error(field, node, $"{field} must be an IANA time zone such as Europe/Berlin or America/New_York, got '{text}'");
        return null;
    }

    public TimeSpan? Duration(SpecNode node, string field) => context.Duration(node, field);

    public Uri? Address(SpecNode node, string field)
    {
        var text = context.Text(node, field);
        if (text is not null && Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }
        return text is null ? null : BadRef<Uri>(text, node, field, "an http:// or https:// address");
    }

    public HashSet<DayOfWeek> Days(SpecNode node, string field)
    {
        var days = new HashSet<DayOfWeek>();
        foreach (var (item, itemField) in List(node, field))
        {
            var text = context.Text(item, itemField);
            if (text is not null && DayNames.TryGetValue(text, out var named))
            {
                days.UnionWith(named);
            }
            else if (text is not null)
            {
                context.Error(itemField, item, $"{itemField} must be a day (mon, tue, wed, thu, fri, sat, sun, weekdays or weekends), got '{text}'");
            }
        }
        return days;
    }

    public HashSet<AlertPriority> Priorities(SpecNode node, string field)
    {
        var set = new HashSet<AlertPriority>();
        foreach (var (item, itemField) in List(node, field))
        {
            var text = context.Text(item, itemField)?.ToUpperInvariant();
            var parts = text?.Split('-', 2);
            if (parts is not null && parts.All(p => p.Length == 2 && p[0] == 'P' && p[1] is >= '1' and <= '5'))
            {
                for (var p = parts[0][1] - '0'; p <= parts[^1][1] - '0'; p++)
                {
                    set.Add((AlertPriority)p);
                }
            }
            else if (text is not null)
            {
                context.Error(itemField, item, $"{itemField} must be a priority P1 to P5 or a range such as P3-P5, got '{text}'");
            }
        }
        return set;
    }

    public TEnum? Choice<TEnum>(SpecNode node, string field)
        where TEnum : struct, Enum
    {
        var text = context.Text(node, field);
        if (text is not null && Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !text.Any(char.IsDigit))
        {
            return value;
        }
        var names = string.Join(", ", Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()));
        return Bad<TEnum>(text, node, field, $"one of {names}");
    }

    private string? NonEmpty(SpecNode node, string field)
    {
        var text = context.Text(node, field);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            context.Error(field, node, $"{field} must not be empty");
            return null;
        }
        return text;
    }

    private T? Bad<T>(string? text, SpecNode node, string field, string what)
        where T : struct
    {
        if (text is not null)
        {
            context.Error(field, node, $"{field} must be {what}, got '{text}'");
        }
        return null;
    }

    private T? BadRef<T>(string text, SpecNode node, string field, string what)
        where T : class
    {
        context.Error(field, node, $"{field} must be {what}, got '{text}'");
        return null;
    }
}

using Osprey.Core.Alerting.OnCall;
using Osprey.Core.Alerting.Routing;
using Osprey.Core.Pipelines.Yaml;

namespace Osprey.Core.Alerting.Configuration;

/// <summary>Reads the sections of an on-call file (users, teams, schedules, escalation policies, routes, channels, quiet hours) into an <see cref="OnCallDocument"/>.</summary>
internal sealed class OnCallSpecReader(string file, OnCallFields fields)
{
    private static readonly string[] UserFields = ["name", "email", "slack", "slack_webhook", "webhook", "channels"];
    private static readonly string[] ChannelFields = ["name", "type", "url", "secret", "smtp_host", "smtp_port", "from", "to"];
    private static readonly string[] QuietFields = ["name", "priorities", "channels", "days", "from", "to", "time_zone"];
    private static readonly string[] RouteFields = ["name", "match", "team", "escalation_policy"];
    private static readonly string[] MatchFields = ["tags", "labels", "priority", "entity", "source"];

    public OnCallDocument Read(SpecMapping root)
    {
        var document = new OnCallDocument();
        fields.Context.CheckKeys(root, "", DefinitionSections.All);
        foreach (var (key, node) in root.Entries)
        {
            ReadSection(document, key.Value, node);
        }
        return document;
    }

    /// <summary>Reads one item of a section (as the API receives it) at the field path given.</summary>
    public void ReadItem(OnCallDocument document, DefinitionKind kind, SpecNode node, string field)
    {
        switch (kind)
        {
            case DefinitionKind.User: Add(document.Users, User(node, field), node, field); break;
            case DefinitionKind.Team: Add(document.Teams, Team(node, field), node, field); break;
            case DefinitionKind.Schedule: Add(document.Schedules, new ScheduleSpecReader(fields).Read(node, field), node, field); break;
            case DefinitionKind.EscalationPolicy: Add(document.Policies, new PolicySpecReader(fields).Read(node, field), node, field); break;
            case DefinitionKind.Route: Add(document.Rules, Route(node, field), node, field); break;
            case DefinitionKind.Channel: Add(document.Channels, Channel(node, field), node, field); break;
            case DefinitionKind.QuietHours: Add(document.QuietHours, Quiet(node, field), node, field); break;
        }
    }

    private void ReadSection(OnCallDocument document, string section, SpecNode node)
    {
        if (section == "default_route")
        {
            if (fields.Item(node, section, ["team", "escalation_policy"]) is { } item)
            {
                Add(document.DefaultRoutes, new AlertRoute(fields.Optional(item, section, "team"), fields.Optional(item, section, "escalation_policy")), node, section);
            }
            return;
        }
        if (!DefinitionSections.All.Contains(section))
        {
            return;
        }
        var kind = DefinitionSections.Parse(section);
        foreach (var (item, field) in fields.List(node, section))
        {
            ReadItem(document, kind, item, field);
        }
    }

    private UserDefinition? User(SpecNode node, string field)
    {
        if (fields.Item(node, field, UserFields) is not { } item || fields.Required(item, node, field, "name") is not { } name)
        {
            return null;
        }
        return new UserDefinition(name, fields.Optional(item, field, "email"), fields.Optional(item, field, "slack"),
            Address(item, field, "slack_webhook"), Address(item, field, "webhook"), fields.Names(item, field, "channels"));
    }

    private TeamDefinition? Team(SpecNode node, string field) =>
        fields.Item(node, field, ["name", "members"]) is { } item && fields.Required(item, node, field, "name") is { } name
            ? new TeamDefinition(name, fields.Names(item, field, "members"))
            : null;

    private ChannelDefinition? Channel(SpecNode node, string field)
    {
        if (fields.Item(node, field, ChannelFields) is not { } item || fields.Required(item, node, field, "name") is not { } name)
        {
            return null;
        }
        if (!item.TryGetValue("type", out var typeNode))
        {
            fields.Context.Error(field + ".type", node, $"{field}.type is required: webhook, slack or email");
            return null;
        }
        if (fields.Choice<ChannelKind>(typeNode, field + ".type") is not { } kind)
        {
            return null;
        }
        var port = item.TryGetValue("smtp_port", out var portNode) ? fields.Context.WholeNumber(portNode, field + ".smtp_port", 1) ?? 25 : 25;
        var channel = new ChannelDefinition(name, kind, Address(item, field, "url"), fields.Optional(item, field, "secret"),
            fields.Optional(item, field, "smtp_host"), port, fields.Optional(item, field, "from"), fields.Names(item, field, "to"));
        if (kind is ChannelKind.Webhook or ChannelKind.Slack && channel.Url is null && !item.ContainsKey("url"))
        {
            fields.Context.Error(field + ".url", node, $"{field}.url is required for a {kind.ToString().ToLowerInvariant()} channel");
        }
        if (kind is ChannelKind.Email && (channel.SmtpHost is null || channel.From is null))
        {
            fields.Context.Error(field, node, $"{field}: an email channel needs smtp_host and from");
        }
        return channel;
    }

    private QuietHours? Quiet(SpecNode node, string field)
    {
        if (fields.Item(node, field, QuietFields) is not { } item || fields.Required(item, node, field, "name") is not { } name)
        {
            return null;
        }
        var from = item.TryGetValue("from", out var f) ? fields.TimeOfDay(f, field + ".from") : Missing(node, field + ".from");
        var to = item.TryGetValue("to", out var t) ? fields.TimeOfDay(t, field + ".to") : Missing(node, field + ".to");
        var zone = item.TryGetValue("time_zone", out var z) ? fields.Zone(z, field + ".time_zone") : TimeZoneInfo.Utc;
        var days = item.TryGetValue("days", out var d) ? fields.Days(d, field + ".days") : [];
        var priorities = item.TryGetValue("priorities", out var p) ? fields.Priorities(p, field + ".priorities") : [AlertPriority.P2, AlertPriority.P3, AlertPriority.P4, AlertPriority.P5];
        var kinds = item.TryGetValue("channels", out var c)
            ? fields.List(c, field + ".channels").Select(x => fields.Choice<ChannelKind>(x.Node, x.Field)).OfType<ChannelKind>().ToHashSet()
            : [];
        return from is { } start && to is { } end && zone is not null
            ? new QuietHours(name, priorities, kinds, new TimeRestriction(days, start, end), zone)
            : null;
    }

    private RoutingRule? Route(SpecNode node, string field)
    {
        if (fields.Item(node, field, RouteFields) is not { } item || fields.Required(item, node, field, "name") is not { } name)
        {
            return null;
        }
        var match = item.TryGetValue("match", out var m) ? fields.Item(m, field + ".match", MatchFields) : [];
        if (match is null)
        {
            return null;
        }
        var prefix = field + ".match";
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (match.TryGetValue("labels", out var labelNode) && fields.Context.Map(labelNode, prefix + ".labels", "a map of label names to values") is { } labelMap)
        {
            foreach (var (key, value) in labelMap.Entries)
            {
                if (fields.Context.Text(value, $"{prefix}.labels.{key.Value}") is { } text)
                {
                    labels[key.Value] = text;
                }
            }
        }
        var priorities = match.TryGetValue("priority", out var p) ? fields.Priorities(p, prefix + ".priority") : [];
        var condition = new RouteCondition(fields.Names(match, prefix, "tags"), labels, priorities, fields.Optional(match, prefix, "entity"), fields.Optional(match, prefix, "source"));
        return new RoutingRule(name, condition, fields.Optional(item, field, "team"), fields.Optional(item, field, "escalation_policy"));
    }

    private Uri? Address(Dictionary<string, SpecNode> item, string field, string key) =>
        item.TryGetValue(key, out var node) && node is not SpecScalar { IsNull: true } ? fields.Address(node, $"{field}.{key}") : null;

    private TimeOnly? Missing(SpecNode node, string field)
    {
        fields.Context.Error(field, node, $"{field} is required");
        return null;
    }

    private void Add<T>(List<Declared<T>> list, T? value, SpecNode node, string field)
        where T : class
    {
        if (value is not null)
        {
            list.Add(new Declared<T>(value, file, node.Start, field));
        }
    }
}

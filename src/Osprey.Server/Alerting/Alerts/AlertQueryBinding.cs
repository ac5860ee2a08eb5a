using System.Globalization;
using Microsoft.AspNetCore.Http;
using Osprey.Core;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Alerts;

namespace Osprey.Server.Alerting.Alerts;

/// <summary>Reads an alert listing's filters from the query string: status, priority, tag, team, entity, source, alias, from, to, offset, limit.</summary>
internal static class AlertQueryBinding
{
    public static AlertQuery Bind(IQueryCollection q) => new(
        Status: Text(q, "status")?.ToLowerInvariant() switch
        {
            null => null,
            "open" => AlertStatus.Open,
            "closed" => AlertStatus.Closed,
            var other => throw OspreyException.Invalid($"Invalid value for 'status': '{other}' is not open or closed."),
        },
        Priority: AlertMapping.ParsePriority(Text(q, "priority"), "priority"),
        Tag: Text(q, "tag"),
        Team: Text(q, "team"),
        Entity: Text(q, "entity"),
        Source: Text(q, "source"),
        Alias: Text(q, "alias"),
        CreatedFrom: AlertMapping.ParseTime(Text(q, "from"), "from")?.ToUnixTimeMilliseconds(),
        CreatedTo: AlertMapping.ParseTime(Text(q, "to"), "to")?.ToUnixTimeMilliseconds(),
        Offset: Int(q, "offset") ?? 0,
        Limit: Int(q, "limit") ?? AlertQuery.DefaultLimit);

    private static string? Text(IQueryCollection q, string name) => q[name].ToString() is { Length: > 0 } value ? value : null;

    private static int? Int(IQueryCollection q, string name) => Text(q, name) is not { } text
        ? null
        : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw OspreyException.Invalid($"Invalid value for '{name}': '{text}' is not a whole number.");
}

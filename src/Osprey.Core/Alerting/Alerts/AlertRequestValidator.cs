namespace Osprey.Core.Alerting.Alerts;

/// <summary>Checks an alert request against Opsgenie's limits and trims it, naming the offending field in every failure.</summary>
public static class AlertRequestValidator
{
    private static readonly string[] ResponderTypes = ["user", "team", "escalation", "schedule"];

    /// <summary>Returns the request with text trimmed and empty optional fields removed; throws <see cref="ErrorCode.InvalidParameter"/> naming the field that breaks a limit.</summary>
    public static AlertRequest Validate(AlertRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var message = request.Message?.Trim();
        if (string.IsNullOrEmpty(message))
        {
            throw OspreyException.Invalid("Missing value for required field 'message': say in a line what is wrong.");
        }
        if (!Enum.IsDefined(request.Priority))
        {
            throw OspreyException.Invalid($"Invalid value for 'priority': {(int)request.Priority} is not one of P1 to P5.");
        }
        return request with
        {
            Message = Text(message, AlertLimits.Message, "message")!,
            Alias = Text(request.Alias, AlertLimits.Alias, "alias"),
            Description = Text(request.Description, AlertLimits.Description, "description"),
            Entity = Text(request.Entity, AlertLimits.Entity, "entity"),
            Source = Text(request.Source, AlertLimits.Source, "source"),
            User = Text(request.User, AlertLimits.User, "user"),
            Note = Text(request.Note, AlertLimits.Note, "note"),
            Tags = List(request.Tags, AlertLimits.Tags, AlertLimits.Tag, "tags"),
            Actions = List(request.Actions, AlertLimits.Actions, AlertLimits.Action, "actions"),
            Details = Details(request.Details),
            Responders = Responders(request.Responders),
        };
    }

    /// <summary>Trims an optional text field, returning null when empty; throws naming the field when it is longer than <paramref name="limit"/>.</summary>
    public static string? Text(string? value, int limit, string field)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        return trimmed.Length <= limit
            ? trimmed
            : throw OspreyException.Invalid($"Invalid value for '{field}': it is {trimmed.Length} characters long, the limit is {limit}.");
    }

    private static List<string> List(IReadOnlyList<string>? items, int maxCount, int maxLength, string field)
    {
        if (items is null || items.Count == 0)
        {
            return [];
        }
        var kept = new List<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = Text(items[i], maxLength, $"{field}[{i}]")
                ?? throw OspreyException.Invalid($"Invalid value for '{field}[{i}]': it is empty.");
            if (!kept.Contains(item, StringComparer.Ordinal))
            {
                kept.Add(item);
            }
        }
        return kept.Count <= maxCount
            ? kept
            : throw OspreyException.Invalid($"Invalid value for '{field}': {kept.Count} given, the limit is {maxCount}.");
    }

    private static Dictionary<string, string> Details(IReadOnlyDictionary<string, string>? details)
    {
        if (details is null || details.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }
        var total = 0;
        foreach (var (key, value) in details)
        {
            if (string.IsNullOrWhiteSpace(key) || key.Length > AlertLimits.DetailKey)
            {
                throw OspreyException.Invalid($"Invalid key in 'details': '{key}' must be 1 to {AlertLimits.DetailKey} characters.");
            }
            total += key.Length + (value?.Length ?? 0);
        }
        return total <= AlertLimits.DetailsTotal
            ? details.ToDictionary(d => d.Key, d => d.Value ?? "", StringComparer.Ordinal)
            : throw OspreyException.Invalid($"Invalid value for 'details': its keys and values hold {total} characters, the limit is {AlertLimits.DetailsTotal}.");
    }

    private static IReadOnlyList<AlertResponder> Responders(IReadOnlyList<AlertResponder>? responders)
    {
        if (responders is null || responders.Count == 0)
        {
            return [];
        }
        if (responders.Count > AlertLimits.Responders)
        {
            throw OspreyException.Invalid($"Invalid value for 'responders': {responders.Count} given, the limit is {AlertLimits.Responders}.");
        }
        for (var i = 0; i < responders.Count; i++)
        {
            var r = responders[i];
            if (r is null || !ResponderTypes.Contains(r.Type?.ToLowerInvariant()) || string.IsNullOrWhiteSpace(r.Name))
            {
                throw OspreyException.Invalid($"Invalid value for 'responders[{i}]': it needs a 'type' (user, team, escalation or schedule) and a 'name'.");
            }
        }
        return [.. responders.Select(r => new AlertResponder(r.Type.ToLowerInvariant(), r.Name.Trim()))];
    }
}

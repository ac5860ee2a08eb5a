using System.Globalization;

namespace Osprey.Core.Alerting.Uptime;

/// <summary>The side effects of state changes: incidents and states written to the store, alerts raised and resolved, in order per monitor.</summary>
public sealed partial class UptimeEngine
{
    private const int MaxMessage = 130;

    // Must hold _gate.
    private void OpenIncident(MonitorSlot slot, long now, string cause)
    {
        var status = slot.Status();
        var definition = slot.Definition;
        var request = definition.Kind == MonitorKind.Rule ? null : AlertFor(definition, cause);
        // The alert goes first: paging someone should not wait behind the database writes of a burst of incidents.
        Enqueue(slot, "open an incident", async ct =>
        {
            if (request is not null)
            {
                await alerts.RaiseAsync(request, ct);
            }
            await store.SaveStatusAsync(status, ct);
            await store.OpenIncidentAsync(definition.Name, now, cause, ct);
        });
    }

    // Must hold _gate.
    private void ResolveIncident(MonitorSlot slot, long now, string note)
    {
        var status = slot.Status();
        var definition = slot.Definition;
        Enqueue(slot, "resolve an incident", async ct =>
        {
            await store.SaveStatusAsync(status, ct);
            await store.CloseIncidentAsync(definition.Name, now, ct);
            if (definition.Kind != MonitorKind.Rule)
            {
                await alerts.ResolveAsync(definition.Alias, definition.Source, note, ct);
            }
        });
    }

    // Must hold _gate.
    private void SaveStatus(MonitorSlot slot)
    {
        var status = slot.Status();
        Enqueue(slot, "save its state", ct => store.SaveStatusAsync(status, ct));
    }

    // Must hold _gate. Chains the effect after the monitor's previous one; a failure is logged and does not stop later effects.
    private void Enqueue(MonitorSlot slot, string what, Func<CancellationToken, Task> effect)
    {
        var previous = slot.Effects;
        var name = slot.Definition.Name;
        var next = RunAfterAsync(previous, name, what, effect);
        slot.Effects = next;
        Track(next);
    }

    private async Task RunAfterAsync(Task previous, string monitor, string what, Func<CancellationToken, Task> effect)
    {
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        try
        {
            await effect(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.Failed(monitor, what, e);
        }
    }

    private static AlertRequest AlertFor(MonitorDefinition definition, string cause)
    {
        var what = definition.Kind == MonitorKind.Heartbeat ? "heartbeat" : "monitor";
        var details = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["monitor"] = definition.Name,
            ["kind"] = definition.Kind.ToString().ToLowerInvariant(),
            ["cause"] = cause,
        };
        if (definition.Http is { } http)
        {
            details["url"] = http.Url.ToString();
        }
        if (definition.Tcp is { } tcp)
        {
            details["target"] = string.Create(CultureInfo.InvariantCulture, $"{tcp.Host}:{tcp.Port}");
        }
        return new AlertRequest(
            Clip($"{what} {definition.Name} is down: {cause}"),
            definition.Alias,
            definition.Priority,
            [.. definition.Tags, definition.Kind.ToString().ToLowerInvariant()],
            details,
            Entity: definition.Name,
            Source: definition.Source,
            Description: $"The {what} '{definition.Name}' is down: {cause}.");
    }

    private static string Clip(string text) => text.Length <= MaxMessage ? text : text[..(MaxMessage - 1)] + "…";
}

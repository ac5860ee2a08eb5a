using Microsoft.Extensions.Logging;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Configuration;
using Osprey.Core.Alerting.Escalation;
using Osprey.Core.Alerting.Notifications;

namespace Osprey.Server.Alerting.OnCall;

/// <summary>One turn of on-call work in the server, never throwing: escalation over the alert feed when an alert store is registered, and the outbox dispatcher always.</summary>
internal sealed class OnCallLoop : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly OnCallDefinitions _definitions;
    private readonly OnCallCycle? _cycle;
    private readonly NotificationDispatcher _dispatcher;
    private readonly ILogger<OnCallLoop> _log;

    public OnCallLoop(OnCallDefinitions definitions, INotificationStore store, IAlertEventFeed? feed, IAlertEventLog? eventLog, TimeProvider clock, TimeSpan interval, ILogger<OnCallLoop> log)
    {
        _definitions = definitions;
        _log = log;
        Interval = interval;
        var senders = new INotificationSender[] { new WebhookSender(new HttpWebhookTransport(_http)), new SlackSender(new HttpWebhookTransport(_http)), new EmailSender() };
        _dispatcher = new NotificationDispatcher(store, senders, () => definitions.Current, clock);
        if (feed is not null && eventLog is not null)
        {
            _cycle = new OnCallCycle(new EscalationEngine(feed, eventLog, store, () => definitions.Current, clock), _dispatcher);
        }
    }

    /// <summary>Gets how long the loop waits between turns.</summary>
    public TimeSpan Interval { get; }

    /// <summary>Runs one turn; failures are logged and the next turn tries again.</summary>
    public async Task TurnAsync(CancellationToken ct)
    {
        try
        {
            var load = await _definitions.RefreshAsync(ct);
            foreach (var error in load.Errors)
            {
                _log.LogWarning("On-call configuration (the last valid one stays in force): {Error}", error);
            }
            await (_cycle is null ? _dispatcher.DispatchAsync(ct) : _cycle.RunOnceAsync(ct));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down.
        }
#pragma warning disable CA1031 // The loop must outlive a failing turn (a locked database, a broken alert store); the outbox keeps the work.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _log.LogError(e, "On-call turn failed; retrying next turn");
        }
    }

    public void Dispose() => _http.Dispose();
}

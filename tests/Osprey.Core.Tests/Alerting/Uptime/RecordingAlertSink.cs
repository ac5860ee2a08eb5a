using Osprey.Core.Alerting;

namespace Osprey.Core.Tests.Alerting.Uptime;

/// <summary>An alert sink that records what it was asked and keeps Opsgenie's one-open-alert-per-alias rule, so tests can count raises and resolves.</summary>
internal sealed class RecordingAlertSink : IAlertSink
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _open = new(StringComparer.Ordinal);

    public List<AlertRequest> Raised { get; } = [];

    public List<string> Resolved { get; } = [];

    public bool IsOpen(string alias)
    {
        lock (_gate)
        {
            return _open.Contains(alias);
        }
    }

    public Task<AlertReceipt> RaiseAsync(AlertRequest request, CancellationToken ct)
    {
        lock (_gate)
        {
            Raised.Add(request);
            var repeat = !_open.Add(request.Alias!);
            return Task.FromResult(new AlertReceipt(request.Alias!, repeat, 1));
        }
    }

    public Task<bool> ResolveAsync(string alias, string? source, string? note, CancellationToken ct)
    {
        lock (_gate)
        {
            Resolved.Add(alias);
            return Task.FromResult(_open.Remove(alias));
        }
    }
}

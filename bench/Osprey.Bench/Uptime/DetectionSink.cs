using System.Collections.Concurrent;
using Osprey.Core.Alerting;

namespace Osprey.Bench.Uptime;

/// <summary>An alert sink that notes when each alias was raised (Unix milliseconds, wall clock), so detection delay can be measured.</summary>
internal sealed class DetectionSink(TimeProvider clock) : IAlertSink
{
    public ConcurrentDictionary<string, long> Raised { get; } = new(StringComparer.Ordinal);

    public Task<AlertReceipt> RaiseAsync(AlertRequest request, CancellationToken ct)
    {
        Raised.TryAdd(request.Alias!, clock.GetUtcNow().ToUnixTimeMilliseconds());
        return Task.FromResult(new AlertReceipt(request.Alias!, false, 1));
    }

    public Task<bool> ResolveAsync(string alias, string? source, string? note, CancellationToken ct) => Task.FromResult(true);
}

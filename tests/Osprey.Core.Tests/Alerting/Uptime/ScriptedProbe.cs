using Osprey.Core.Alerting.Uptime;

namespace Osprey.Core.Tests.Alerting.Uptime;

/// <summary>A probe whose answer the test sets, for driving the confirmation and recovery logic with a fake clock.</summary>
internal sealed class ScriptedProbe : IProbe
{
    public bool Up { get; set; } = true;

    public int Calls { get; private set; }

    public Task<CheckOutcome> CheckAsync(MonitorDefinition monitor, CancellationToken ct)
    {
        Calls++;
        return Task.FromResult(Up ? CheckOutcome.Pass(5) : CheckOutcome.Fail("scripted failure", 5));
    }
}

namespace Osprey.Core.Alerting.Uptime;

/// <summary>Checks a target once; expected failures (refused, timed out, wrong answer) come back as a failing outcome, never as an exception.</summary>
public interface IProbe
{
    /// <summary>Runs one check of <paramref name="monitor"/>.</summary>
    Task<CheckOutcome> CheckAsync(MonitorDefinition monitor, CancellationToken ct);
}

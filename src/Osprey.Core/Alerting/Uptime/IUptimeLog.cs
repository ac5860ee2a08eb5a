namespace Osprey.Core.Alerting.Uptime;

/// <summary>Where the uptime engine reports what it cannot act on, such as a store or alert sink that failed.</summary>
public interface IUptimeLog
{
    /// <summary>Reports that work for <paramref name="monitor"/> failed; the engine carries on with the other monitors.</summary>
    void Failed(string monitor, string what, Exception error);
}

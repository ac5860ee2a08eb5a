namespace Osprey.Server.Alerting.Uptime;

/// <summary>Where the server reads monitor files from, how many HTTP checks may run at once, and the status page's title.</summary>
public sealed record UptimeHostOptions(string MonitorsFolder, int HttpConcurrency = 64, string StatusTitle = "Osprey status")
{
    /// <summary>The variable that sets the status page title.</summary>
    public const string TitleVariable = "OSPREY_STATUS_TITLE";
}

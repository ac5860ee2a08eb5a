namespace Osprey.Core.Alerting.Alerts;

/// <summary>How an alert is marked as noise: the <c>noise</c> tag, which a close with the noise flag adds.</summary>
public static class AlertNoise
{
    public const string Tag = "noise";
}

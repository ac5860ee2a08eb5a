namespace Osprey.Core.Alerting.Alerts;

/// <summary>The size limits of an alert, the same as Opsgenie's create-alert API so senders written for it fit unchanged.</summary>
public static class AlertLimits
{
    public const int Message = 130;
    public const int Alias = 512;
    public const int Description = 15_000;
    public const int Tags = 20;
    public const int Tag = 50;
    public const int Entity = 512;
    public const int Source = 100;
    public const int Actions = 10;
    public const int Action = 50;
    public const int User = 100;
    public const int Note = 25_000;
    public const int DetailKey = 50;

    /// <summary>The most characters all detail keys and values may hold together (Opsgenie caps the serialized details at 8,000).</summary>
    public const int DetailsTotal = 8_000;
    public const int Responders = 50;
}

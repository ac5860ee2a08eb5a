namespace Osprey.Core.Alerting.StatusPage;

/// <summary>One UTC day of a monitor's bar: its midnight (Unix milliseconds), the share of the day it was up (null before monitoring began), and how many incidents touched it.</summary>
public sealed record DayBar(long Day, double? Uptime, int Incidents);

namespace Osprey.Core.Tracking;

/// <summary>Changes to a run's attributes; null members stay as they are.</summary>
public sealed record RunUpdate(RunStatus? Status, long? EndTime, string? RunName);

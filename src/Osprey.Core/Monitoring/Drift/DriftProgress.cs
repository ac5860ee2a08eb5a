namespace Osprey.Core.Monitoring.Drift;

/// <summary>How far a drift check has read: which side ("reference" or "current") and how many bytes or rows of it.</summary>
public readonly record struct DriftProgress(string Side, long Done, long Total);

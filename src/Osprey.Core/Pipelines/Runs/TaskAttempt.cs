namespace Osprey.Core.Pipelines.Runs;

/// <summary>Names one try of one task, such as a try to kill.</summary>
public readonly record struct TaskAttempt(string TaskId, int TryNumber);

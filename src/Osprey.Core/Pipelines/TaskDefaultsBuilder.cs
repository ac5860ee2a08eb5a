namespace Osprey.Core.Pipelines;

/// <summary>Collects a pipeline's <c>default_args</c>: the retry and timeout settings every task inherits unless it overrides them.</summary>
public sealed class TaskDefaultsBuilder : TaskSettingsBuilder<TaskDefaultsBuilder>;

using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>The log of one try: where it is in the workspace and its text (the last <see cref="PipelineService.MaxLogChars"/> characters of a long one).</summary>
public sealed record TaskLogText(PipelineRunId RunId, string TaskId, int TryNumber, string Path, string Text, bool Truncated);

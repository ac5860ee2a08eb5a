using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>A worker reporting the try it just finished (if any) and asking for up to <see cref="MaxTasks"/> more, waiting at most <see cref="Wait"/> for them.</summary>
public sealed record WorkerPoll(string WorkerId, TryCompletion? Completion, int MaxTasks, TimeSpan Wait, IReadOnlyCollection<string>? Types = null);

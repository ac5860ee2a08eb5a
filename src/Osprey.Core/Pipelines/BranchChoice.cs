using Osprey.Core.Pipelines.Templates;

namespace Osprey.Core.Pipelines;

/// <summary>One arm of a branch task: when <see cref="When"/> holds, the tasks in <see cref="Run"/> run (first matching arm wins).</summary>
public sealed record BranchChoice(Condition When, IReadOnlyList<string> Run);

namespace Osprey.Core.Pipelines;

/// <summary>How a <c>type: branch</c> task picks which of its children run: the first arm whose condition holds, else <see cref="Otherwise"/>; every other child is skipped.</summary>
public sealed record BranchRule(IReadOnlyList<BranchChoice> Choices, IReadOnlyList<string> Otherwise);

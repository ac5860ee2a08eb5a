namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>A logged model a run produced, and the training step it was produced at.</summary>
public sealed record ModelOutput(string ModelId, long Step);

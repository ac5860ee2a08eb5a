namespace Osprey.Core.Learning.Training;

/// <summary>How many training values of a feature column were missing and what the model does with them.</summary>
public sealed record MissingValueNote(string Column, int Missing, int Rows, string Handling);

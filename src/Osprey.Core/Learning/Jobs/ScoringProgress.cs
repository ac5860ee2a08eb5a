namespace Osprey.Core.Learning.Jobs;

/// <summary>How far batch scoring has come: rows scored and written so far out of all rows.</summary>
public sealed record ScoringProgress(int Rows, int TotalRows);

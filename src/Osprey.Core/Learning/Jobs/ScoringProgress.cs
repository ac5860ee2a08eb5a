namespace Osprey.Core.Learning.Jobs;

/// <summary>How far batch scoring has come: rows scored and written so far, and bytes of the input read out of its length.</summary>
public sealed record ScoringProgress(long Rows, long Bytes, long TotalBytes);

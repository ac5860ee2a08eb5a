using Osprey.Core.Data;

namespace Osprey.Core.Learning.Training;

/// <summary>What training did with the data: its fingerprint, the rows used and dropped, the split sizes and how missing values were handled.</summary>
public sealed record DataReport(
    DataFingerprint Fingerprint,
    int Rows,
    int DroppedMissingTarget,
    int TrainRows,
    int ValidationRows,
    int TestRows,
    IReadOnlyList<string> Features,
    IReadOnlyList<string> IgnoredColumns,
    IReadOnlyList<MissingValueNote> Missing);

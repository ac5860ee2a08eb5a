namespace Osprey.Bench.Serving;

/// <summary>The request bodies on disk: one row, a JSON batch of <paramref name="BatchRows"/> rows, and the whole CSV.</summary>
internal sealed record BenchBodies(string Single, string Batch, int BatchRows, string Csv, int CsvRows);

namespace Osprey.Core.Monitoring.Drift;

/// <summary>Where <see cref="CsvChunkReader"/> parses a block to: the wanted columns, their positions in a record of <paramref name="Width"/> fields, the arrays and the label tables.</summary>
internal sealed record ParseTarget(IReadOnlyList<ColumnSchema> Columns, int[] Positions, int Width, DataChunk Set, LabelTable?[] Labels);

namespace Osprey.Core.Monitoring.Drift;

/// <summary>Summarizes a stream of <see cref="DataChunk"/>s into a <see cref="DataProfile"/>, the columns of each chunk in parallel; memory stays bounded by the sketches.</summary>
public sealed class ProfileBuilder
{
    private readonly IReadOnlyList<ColumnSchema> _columns;
    private readonly NumericSketch?[] _numbers;
    private readonly CategoryCounts?[] _labels;

    /// <summary>Creates a builder for the columns, in the order the chunks hold them.</summary>
    public ProfileBuilder(IReadOnlyList<ColumnSchema> columns)
    {
        _columns = columns;
        _numbers = columns.Select(c => c.Type == ColumnType.Numerical ? new NumericSketch() : null).ToArray();
        _labels = columns.Select(c => c.Type == ColumnType.Categorical ? new CategoryCounts() : null).ToArray();
    }

    /// <summary>Gets the number of rows added.</summary>
    public long Rows { get; private set; }

    /// <summary>Adds a chunk; numeric arrays are sorted in place (the chunk is consumed).</summary>
    public void Add(DataChunk chunk)
    {
        Parallel.For(0, _columns.Count, c =>
        {
            if (_numbers[c] is { } sketch)
            {
                sketch.Add(chunk.Numbers[c].AsSpan(0, chunk.Rows));
            }
            else
            {
                _labels[c]!.Add(chunk.Labels[c].AsSpan(0, chunk.Rows));
            }
        });
        Rows += chunk.Rows;
    }

    /// <summary>Returns the profile of everything added.</summary>
    public DataProfile Build(string source) => new(source, Rows, _columns.Select((c, i) => new ColumnProfile(
        c.Name, c.Type, _numbers[i]?.ToProfile(), _labels[i]?.ToProfile())).ToList());

    /// <summary>Profiles a whole stream of chunks, one after the other.</summary>
    public static DataProfile Profile(IReadOnlyList<ColumnSchema> columns, IEnumerable<DataChunk> chunks, string source, CancellationToken ct)
    {
        var builder = new ProfileBuilder(columns);
        foreach (var chunk in chunks)
        {
            ct.ThrowIfCancellationRequested();
            builder.Add(chunk);
        }
        return builder.Build(source);
    }

    /// <summary>
    /// Profiles a whole stream of chunks, producing the next chunk (reading and parsing it) on another thread while the current one is profiled,
    /// so a producer that reuses its arrays must alternate at least two sets of them (as <see cref="CsvChunkReader"/> does).
    /// </summary>
    public static DataProfile ProfileReadingAhead(IReadOnlyList<ColumnSchema> columns, IEnumerable<DataChunk> chunks, string source, CancellationToken ct)
    {
        var builder = new ProfileBuilder(columns);
        using var stream = chunks.GetEnumerator();
        var more = stream.MoveNext();
        while (more)
        {
            ct.ThrowIfCancellationRequested();
            var chunk = stream.Current;
            var next = Task.Run(stream.MoveNext, CancellationToken.None);
            try
            {
                builder.Add(chunk);
            }
            finally
            {
                // The enumerator is disposed on the way out, never while it is still producing; its own error (a bad CSV line) surfaces here as thrown.
                more = next.GetAwaiter().GetResult();
            }
        }
        return builder.Build(source);
    }
}

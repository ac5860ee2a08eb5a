using Osprey.Core.Monitoring.Drift;

namespace Osprey.Bench.Drift;

/// <summary>
/// Cuts a loaded side into <see cref="DataChunk"/>s as a streaming reader would: two sets of chunk arrays, allocated once for the whole run and used
/// in turn (the profiler reads one chunk ahead, so the chunk being profiled is never overwritten), labels drawn from one string per category.
/// </summary>
internal sealed class ChunkBuffers
{
    private readonly int _rows;
    private readonly string[][] _labels = DriftData.Categories.Select(n => Enumerable.Range(0, n).Select(i => $"c{i}").ToArray()).ToArray();
    private readonly DataChunk[] _sets;

    public ChunkBuffers(int rows)
    {
        _rows = rows;
        _sets = [Allocate(), Allocate()];
    }

    public IEnumerable<DataChunk> Of(DriftData data)
    {
        var turn = 0;
        for (var start = 0; start < data.Rows; start += _rows)
        {
            var n = Math.Min(_rows, data.Rows - start);
            var set = _sets[turn++ % _sets.Length];
            for (var c = 0; c < DriftData.NumericColumns; c++)
            {
                data.Numbers[c].AsSpan(start, n).CopyTo(set.Numbers[c]);
            }
            for (var c = 0; c < _labels.Length; c++)
            {
                var column = set.Labels[DriftData.NumericColumns + c]!;
                var codes = data.Codes[c].AsSpan(start, n);
                for (var i = 0; i < n; i++)
                {
                    column[i] = _labels[c][codes[i]];
                }
            }
            yield return set with { Rows = n };
        }
    }

    private DataChunk Allocate()
    {
        var numbers = new double[]?[DriftData.NumericColumns + _labels.Length];
        var texts = new string?[]?[numbers.Length];
        for (var c = 0; c < DriftData.NumericColumns; c++)
        {
            numbers[c] = new double[_rows];
        }
        for (var c = 0; c < _labels.Length; c++)
        {
            texts[DriftData.NumericColumns + c] = new string?[_rows];
        }
        return new DataChunk(_rows, numbers, texts);
    }
}

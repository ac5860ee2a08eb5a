using System.Buffers;
using Osprey.Core.Monitoring.Drift;

namespace Osprey.Bench.Drift;

/// <summary>
/// Cuts a loaded side into <see cref="DataChunk"/>s as the CSV reader does: two sets of chunk arrays from the shared array pool, used in turn (the
/// profiler reads one chunk ahead, so the chunk being profiled is never overwritten) and given back on disposal, once the profile is built
/// (not when the chunks run out: the profiler is then still on the last one); labels are drawn from one string per category.
/// </summary>
internal sealed class ChunkBuffers(int rows) : IDisposable
{
    private static readonly string[][] Labels = DriftData.Categories.Select(n => Enumerable.Range(0, n).Select(i => $"c{i}").ToArray()).ToArray();

    private readonly DataChunk[] _sets = [Rent(rows), Rent(rows)];

    public IEnumerable<DataChunk> Of(DriftData data)
    {
        var turn = 0;
        for (var start = 0; start < data.Rows; start += rows)
        {
            var n = Math.Min(rows, data.Rows - start);
            var set = _sets[turn++ % _sets.Length];
            Fill(data, start, n, set);
            yield return set with { Rows = n };
        }
    }

    public void Dispose()
    {
        foreach (var set in _sets)
        {
            Return(set);
        }
    }

    private static void Fill(DriftData data, int start, int n, DataChunk set)
    {
        for (var c = 0; c < DriftData.NumericColumns; c++)
        {
            data.Numbers[c].AsSpan(start, n).CopyTo(set.Numbers[c]);
        }
        for (var c = 0; c < Labels.Length; c++)
        {
            var column = set.Labels[DriftData.NumericColumns + c]!;
            var codes = data.Codes[c].AsSpan(start, n);
            for (var i = 0; i < n; i++)
            {
                column[i] = Labels[c][codes[i]];
            }
        }
    }

    private static DataChunk Rent(int rows)
    {
        var numbers = new double[]?[DriftData.NumericColumns + Labels.Length];
        var texts = new string?[]?[numbers.Length];
        for (var c = 0; c < DriftData.NumericColumns; c++)
        {
            numbers[c] = ArrayPool<double>.Shared.Rent(rows);
        }
        for (var c = 0; c < Labels.Length; c++)
        {
            texts[DriftData.NumericColumns + c] = ArrayPool<string?>.Shared.Rent(rows);
        }
        return new DataChunk(rows, numbers, texts);
    }

    private static void Return(DataChunk set)
    {
        foreach (var numbers in set.Numbers.OfType<double[]>())
        {
            ArrayPool<double>.Shared.Return(numbers);
        }
        foreach (var labels in set.Labels.OfType<string?[]>())
        {
            ArrayPool<string?>.Shared.Return(labels, clearArray: true);
        }
    }
}

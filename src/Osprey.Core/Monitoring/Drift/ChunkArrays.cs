using System.Buffers;

namespace Osprey.Core.Monitoring.Drift;

/// <summary>
/// The arrays behind a reader's <see cref="DataChunk"/>s, from the shared array pool, so reading file after file (as a server's scheduled checks
/// do) allocates no new large arrays; <see cref="DataChunk.Rows"/> of a rented set is its capacity.
/// </summary>
internal static class ChunkArrays
{
    /// <summary>Returns <paramref name="reuse"/> when it holds at least <paramref name="rows"/> rows; otherwise returns it to the pool and rents a larger set.</summary>
    public static DataChunk Rent(IReadOnlyList<ColumnSchema> columns, int rows, DataChunk? reuse)
    {
        if (reuse is not null && reuse.Rows >= rows)
        {
            return reuse;
        }
        Return(reuse);
        var capacity = Math.Max(16, rows);
        var numbers = columns.Select(c => c.Type == ColumnType.Numerical ? ArrayPool<double>.Shared.Rent(capacity) : null).ToArray();
        var labels = columns.Select(c => c.Type == ColumnType.Categorical ? ArrayPool<string?>.Shared.Rent(capacity) : null).ToArray();
        var rented = numbers.Select(a => a?.Length).Concat(labels.Select(a => a?.Length)).Min() ?? capacity;
        return new DataChunk(rented, numbers, labels);
    }

    /// <summary>Gives a set's arrays back to the pool (labels cleared, so the pool holds no strings alive); null is ignored.</summary>
    public static void Return(DataChunk? set)
    {
        foreach (var numbers in set?.Numbers.OfType<double[]>() ?? [])
        {
            ArrayPool<double>.Shared.Return(numbers);
        }
        foreach (var labels in set?.Labels.OfType<string?[]>() ?? [])
        {
            ArrayPool<string?>.Shared.Return(labels, clearArray: true);
        }
    }
}

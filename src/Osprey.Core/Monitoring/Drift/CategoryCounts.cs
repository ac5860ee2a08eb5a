using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Osprey.Core.Monitoring.Drift;

/// <summary>Counts the labels of a categorical column, exactly for up to <see cref="MaxCategories"/> labels; later new labels count under <see cref="OtherLabel"/>.</summary>
public sealed class CategoryCounts
{
    /// <summary>The most distinct labels counted one by one.</summary>
    public const int MaxCategories = 10_000;

    /// <summary>The label that collects labels beyond <see cref="MaxCategories"/>.</summary>
    public const string OtherLabel = "(other)";

    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    /// <summary>Gets the number of non-missing values seen.</summary>
    public long Count { get; private set; }

    /// <summary>Gets the number of missing values seen.</summary>
    public long Missing { get; private set; }

    /// <summary>Adds a chunk of labels; null is missing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<string?> chunk)
    {
        foreach (var label in chunk)
        {
            if (label is null)
            {
                Missing++;
                continue;
            }
            // One hash lookup per label: the slot is found (or added) once and incremented through a reference.
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, label, out var existed);
            if (!existed && _counts.Count > MaxCategories)
            {
                _counts.Remove(label);
                count = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, OtherLabel, out _);
            }
            count++;
            Count++;
        }
    }

    /// <summary>Returns the storable form: labels in ordinal order with their counts.</summary>
    public CategoricalColumnProfile ToProfile()
    {
        var labels = _counts.Keys.Order(StringComparer.Ordinal).ToArray();
        return new CategoricalColumnProfile(labels, labels.Select(l => _counts[l]).ToArray(), Missing);
    }
}

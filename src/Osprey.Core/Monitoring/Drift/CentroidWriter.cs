namespace Osprey.Core.Monitoring.Drift;

/// <summary>
/// Writes an ascending stream of weighted values into arrays, folding equal values into one entry; with a group weight, consecutive entries
/// are grouped greedily into centroids (weighted means) of at least that weight, the first and last entries kept alone so min and max stay exact.
/// Writing in place over the entries being read is safe: the write position never passes the read position.
/// </summary>
internal ref struct CentroidWriter
{
    private readonly Span<double> _values;
    private readonly Span<long> _counts;
    private readonly long _groupWeight;
    private double _pending = double.NaN;
    private long _pendingWeight;
    private double _sum;
    private long _weight;
    private int _written;

    /// <summary>Creates a writer into <paramref name="values"/> and <paramref name="counts"/>; a <paramref name="groupWeight"/> of 0 writes every distinct value.</summary>
    public CentroidWriter(Span<double> values, Span<long> counts, long groupWeight)
    {
        _values = values;
        _counts = counts;
        _groupWeight = groupWeight;
    }

    /// <summary>Adds a value not below the previous one.</summary>
    public void Add(double value, long weight)
    {
        if (value == _pending)
        {
            _pendingWeight += weight;
            return;
        }
        if (_pendingWeight > 0)
        {
            Commit();
        }
        (_pending, _pendingWeight) = (value, weight);
    }

    /// <summary>Writes what is held back and returns the number of entries written.</summary>
    public int Finish()
    {
        if (_weight > 0)
        {
            Write(_sum / _weight, _weight);
        }
        if (_pendingWeight > 0)
        {
            Write(_pending, _pendingWeight);
        }
        return _written;
    }

    private void Commit()
    {
        if (_groupWeight == 0 || _written == 0)
        {
            Write(_pending, _pendingWeight);
            return;
        }
        _sum += _pending * _pendingWeight;
        _weight += _pendingWeight;
        if (_weight >= _groupWeight)
        {
            Write(_sum / _weight, _weight);
            (_sum, _weight) = (0, 0);
        }
    }

    private void Write(double value, long weight)
    {
        _values[_written] = value;
        _counts[_written++] = weight;
    }
}

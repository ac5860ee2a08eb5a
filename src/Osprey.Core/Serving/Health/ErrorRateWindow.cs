namespace Osprey.Core.Serving.Health;

/// <summary>Counts requests and failures over a sliding window of recent time (one-second slots), read from an injected clock.</summary>
/// <remarks>Recording is lock-free except once per slot per second, when the first request of a new second clears the slot.</remarks>
public sealed class ErrorRateWindow
{
    private readonly TimeProvider _clock;
    private readonly Slot[] _slots;
    private readonly long _slotMilliseconds;

    /// <summary>Creates a window of <paramref name="length"/> (at least one second) divided into one-second slots.</summary>
    public ErrorRateWindow(TimeProvider clock, TimeSpan length)
    {
        if (length < TimeSpan.FromSeconds(1))
        {
            throw OspreyException.Invalid($"The error-rate window must be at least one second, not {length}.");
        }
        _clock = clock;
        _slotMilliseconds = 1000;
        _slots = Enumerable.Range(0, (int)Math.Ceiling(length.TotalMilliseconds / _slotMilliseconds)).Select(_ => new Slot()).ToArray();
        Length = length;
    }

    /// <summary>Gets how far back the window reaches.</summary>
    public TimeSpan Length { get; }

    /// <summary>Records one answered request, failed or not.</summary>
    public void Record(bool failed)
    {
        var epoch = _clock.GetUtcNow().ToUnixTimeMilliseconds() / _slotMilliseconds;
        var slot = _slots[epoch % _slots.Length];
        if (Volatile.Read(ref slot.Epoch) != epoch)
        {
            lock (slot)
            {
                if (slot.Epoch != epoch)
                {
                    slot.Total = 0;
                    slot.Failed = 0;
                    Volatile.Write(ref slot.Epoch, epoch);
                }
            }
        }
        Interlocked.Increment(ref slot.Total);
        if (failed)
        {
            Interlocked.Increment(ref slot.Failed);
        }
    }

    /// <summary>Returns the requests and failures recorded within the window up to now.</summary>
    public (long Total, long Failed) Read()
    {
        var now = _clock.GetUtcNow().ToUnixTimeMilliseconds() / _slotMilliseconds;
        long total = 0, failed = 0;
        foreach (var slot in _slots)
        {
            var epoch = Volatile.Read(ref slot.Epoch);
            if (epoch <= now && epoch > now - _slots.Length)
            {
                total += Volatile.Read(ref slot.Total);
                failed += Volatile.Read(ref slot.Failed);
            }
        }
        return (total, failed);
    }

    private sealed class Slot
    {
        public long Epoch = long.MinValue;
        public long Total;
        public long Failed;
    }
}

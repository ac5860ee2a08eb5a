namespace Osprey.Core.Pipelines.Execution;

/// <summary>Worker polls waiting for queued tries, woken in arrival order, only as many as there are new tries, so a new try costs one extra
/// claim instead of one per idle slot. A waiter that was woken but leaves without waiting passes its wake-up on, so none is lost.</summary>
internal sealed class PollWaiters
{
    private readonly Lock _gate = new();
    private readonly LinkedList<Waiter> _fifo = [];
    private readonly HashSet<Waiter> _always = [];

    /// <summary>Registers a poll before it looks for work; <paramref name="choosy"/> polls (with a type filter) are woken by every pulse,
    /// since a wake-up meant for a try they cannot take would otherwise be wasted.</summary>
    public Waiter Register(bool choosy)
    {
        var waiter = new Waiter();
        lock (_gate)
        {
            if (choosy)
            {
                _always.Add(waiter);
            }
            else
            {
                waiter.Node = _fifo.AddLast(waiter);
            }
        }
        return waiter;
    }

    /// <summary>Removes a waiter that found work or gave up; a wake-up it got but did not use goes to the next waiter.</summary>
    public void Leave(Waiter waiter)
    {
        bool wasWoken;
        lock (_gate)
        {
            _always.Remove(waiter);
            if (waiter.Node is { List: not null } node)
            {
                _fifo.Remove(node);
            }
            wasWoken = waiter.Woken.Task.IsCompleted;
        }
        if (wasWoken)
        {
            Wake(1);
        }
    }

    /// <summary>Wakes the <paramref name="count"/> longest-waiting polls and every choosy one.</summary>
    public void Wake(int count)
    {
        var woken = new List<Waiter>();
        lock (_gate)
        {
            for (var i = 0; i < count && _fifo.First is { } first; i++)
            {
                _fifo.RemoveFirst();
                woken.Add(first.Value);
            }
            woken.AddRange(_always);
            _always.Clear();
        }
        woken.ForEach(w => w.Woken.TrySetResult());
    }

    /// <summary>Wakes every waiting poll.</summary>
    public void WakeAll() => Wake(int.MaxValue);

    /// <summary>One waiting poll.</summary>
    internal sealed class Waiter
    {
        public TaskCompletionSource Woken { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }
    }
}

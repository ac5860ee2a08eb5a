using System.Text;

namespace Osprey.Cli.Tests;

/// <summary>A thread-safe text sink that completes <see cref="Seen"/> once a marker has been written, for commands that keep running (the server).</summary>
public sealed class WatchedWriter(string marker) : TextWriter
{
    private readonly Lock _gate = new();
    private readonly StringBuilder _text = new();
    private readonly TaskCompletionSource<string> _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with everything written so far once the marker has appeared.</summary>
    public Task<string> Seen => _seen.Task;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(string? value)
    {
        lock (_gate)
        {
            _text.Append(value);
            if (_text.ToString().Contains(marker, StringComparison.Ordinal))
            {
                _seen.TrySetResult(_text.ToString());
            }
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return _text.ToString();
        }
    }
}

using System.Globalization;
using System.Text;

namespace Osprey.Core.Pipelines.Tasks;

/// <summary>The log file of one try: what the task printed, line by line, and the runtime's own notes marked <c>[osprey]</c>. Safe to write from several threads.</summary>
public sealed class TaskLog : IAsyncDisposable
{
    private readonly StreamWriter _writer;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();

    private TaskLog(StreamWriter writer, TimeProvider clock)
    {
        _writer = writer;
        _clock = clock;
    }

    /// <summary>Creates (or appends to) the log at <paramref name="path"/>, creating its folder.</summary>
    public static TaskLog Open(string path, TimeProvider clock)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        return new TaskLog(new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true }, clock);
    }

    /// <summary>Writes one line as the task printed it.</summary>
    public void Line(string text)
    {
        lock (_gate)
        {
            _writer.WriteLine(text);
        }
    }

    /// <summary>Writes a runtime note with the time, such as <c>[osprey 2026-03-10T02:00:01.123Z] exit code 0</c>.</summary>
    public void Note(string text) =>
        Line(string.Create(CultureInfo.InvariantCulture, $"[osprey {_clock.GetUtcNow():yyyy-MM-ddTHH:mm:ss.fffZ}] {text}"));

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await _writer.DisposeAsync();
}

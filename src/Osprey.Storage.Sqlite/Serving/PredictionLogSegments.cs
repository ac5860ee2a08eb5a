using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Win32.SafeHandles;
using Osprey.Core;

namespace Osprey.Storage.Sqlite.Serving;

/// <summary>
/// The append-only files that hold the bytes of stored prediction batches (see migration 0010), in a folder next to the database.
/// Each open store writes files of its own, one per hour of prediction time, so several serving processes never share one; a batch's
/// bytes go to the file in one positioned write, and the database indexes where they landed.
/// </summary>
/// <remarks>
/// Appending and deleting run on the database's single write thread; reading runs on reader threads with handles of their own.
/// A file is named for its hour, so retention deletes a file once that whole hour is older than the cutoff: by then every batch in
/// it has been deleted from the index.
/// </remarks>
internal sealed partial class PredictionLogSegments(string folder) : IDisposable
{
    /// <summary>The folder's name, next to the database file.</summary>
    public const string FolderName = "prediction-log";

    private const long HourMs = 3_600_000;
    private const string HourFormat = "yyyy-MM-dd'T'HH";

    // Below this a batch goes through the page cache: padding it to the alignment would cost more disk than the cache costs time.
    private const int DirectFrom = 32 * 1024;

    private readonly Dictionary<long, Segment> _open = [];
    private readonly DirectWrites _direct = new();
    private bool _directRefused;
    private bool _directWorked;

    /// <summary>Gets the folder holding the files.</summary>
    public string Folder => folder;

    /// <summary>Appends the bytes of one stored batch to this store's file for the hour of <paramref name="timestamp"/>; returns the file's name and the offset of the first byte.</summary>
    /// <remarks>A batch of at least <see cref="DirectFrom"/> bytes starts at an aligned offset and is written past the page cache (<see cref="DirectWrites"/>).</remarks>
    public (string Segment, long Offset) Append(long timestamp, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        var hour = HourAt(timestamp);
        var segment = OpenFor(hour);
        try
        {
            if (first.Length + second.Length >= DirectFrom && !_directRefused && SetDirect(segment, true))
            {
                var offset = DirectWrites.AlignUp(segment.Length);
                var staged = _direct.Stage(first, second);
                if (TryWriteDirect(segment.Handle, staged, offset))
                {
                    segment.Length = offset + staged.Length;
                    return (segment.Name, offset);
                }
            }
            SetDirect(segment, false);
            var at = segment.Length;
            RandomAccess.Write(segment.Handle, first, at);
            RandomAccess.Write(segment.Handle, second, at + first.Length);
            segment.Length = at + first.Length + second.Length;
            return (segment.Name, at);
        }
        catch
        {
            // A partial write leaves the file's end unknown: the next batch starts a new file.
            Close(hour);
            throw;
        }
    }

    /// <summary>Deletes every file whose whole hour lies before <paramref name="timestamp"/>; returns how many went.</summary>
    public int DeleteBefore(long timestamp)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }
        var deleted = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*.seg"))
        {
            if (HourOf(Path.GetFileName(path)) is { } hour && (hour + 1) * HourMs <= timestamp)
            {
                Close(hour);
                File.Delete(path);
                deleted++;
            }
        }
        return deleted;
    }

    /// <summary>Reads a range of a file; null when the file or the range is gone (deleted by retention, or cut short by a crash of the machine).</summary>
    public byte[]? Read(string segment, long offset, int length)
    {
        if (HourOf(segment) is null)
        {
            throw new OspreyException(ErrorCode.InvalidState,
                $"The prediction log's index names a segment file '{segment}', which is not a name Osprey writes; the database may have been edited by hand.");
        }
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(Path.Combine(folder, segment), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
        using (handle)
        {
            var bytes = new byte[length];
            var read = 0;
            while (read < length)
            {
                var got = RandomAccess.Read(handle, bytes.AsSpan(read), offset + read);
                if (got == 0)
                {
                    return null;
                }
                read += got;
            }
            return bytes;
        }
    }

    /// <summary>Closes this store's open files.</summary>
    public void Dispose()
    {
        foreach (var segment in _open.Values)
        {
            segment.Handle.Dispose();
        }
        _open.Clear();
    }

    private Segment OpenFor(long hour)
    {
        if (_open.TryGetValue(hour, out var segment))
        {
            return segment;
        }
        // Predictions arrive in time order, so a file more than an hour behind the newest is finished with.
        foreach (var old in _open.Keys.Where(h => h < hour - 1).ToList())
        {
            Close(old);
        }
        Directory.CreateDirectory(folder);
        var start = DateTimeOffset.FromUnixTimeMilliseconds(hour * HourMs).UtcDateTime;
        var name = string.Create(CultureInfo.InvariantCulture, $"{start.ToString(HourFormat, CultureInfo.InvariantCulture)}-{Random.Shared.NextInt64():x16}.seg");
        var handle = File.OpenHandle(Path.Combine(folder, name), FileMode.CreateNew, FileAccess.Write, FileShare.Read | FileShare.Delete);
        segment = new Segment(name, handle);
        _open[hour] = segment;
        return segment;
    }

    private bool SetDirect(Segment segment, bool direct)
    {
        if (segment.Direct == direct)
        {
            return true;
        }
        if (!DirectWrites.TrySetDirect(segment.Handle, direct))
        {
            _directRefused |= direct;
            return direct ? false : throw new IOException($"The prediction log could not switch '{segment.Name}' back to cached writes.");
        }
        segment.Direct = direct;
        return true;
    }

    // The first direct write tells whether the file system takes them (some accept the flag, then refuse the write); one that
    // fails after others worked is a real failure.
    private bool TryWriteDirect(SafeFileHandle handle, ReadOnlySpan<byte> staged, long offset)
    {
        try
        {
            RandomAccess.Write(handle, staged, offset);
            _directWorked = true;
            return true;
        }
        catch (IOException) when (!_directWorked)
        {
            _directRefused = true;
            return false;
        }
    }

    private void Close(long hour)
    {
        if (_open.Remove(hour, out var segment))
        {
            segment.Handle.Dispose();
        }
    }

    // The number of the hour holding a time (whole hours since 1970, rounded down).
    private static long HourAt(long timestamp) => timestamp >= 0 ? timestamp / HourMs : ((timestamp + 1) / HourMs) - 1;

    // The hour (Unix milliseconds / one hour) a file's name stands for, or null for a name Osprey does not write.
    private static long? HourOf(string name)
    {
        var match = SegmentName().Match(name);
        if (!match.Success || !DateTime.TryParseExact(match.Groups[1].Value, HourFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var start))
        {
            return null;
        }
        return HourAt(new DateTimeOffset(start, TimeSpan.Zero).ToUnixTimeMilliseconds());
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2}T\d{2})-[0-9a-f]{16}\.seg$", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentName();

    private sealed class Segment(string name, SafeFileHandle handle)
    {
        public string Name => name;

        public SafeFileHandle Handle => handle;

        public long Length { get; set; }

        public bool Direct { get; set; }
    }
}

namespace Osprey.Core.Data;

/// <summary>
/// Reads a CSV file a chunk of whole records at a time (a record never straddles two chunks, even with newlines inside quotes),
/// so files larger than memory can be processed with bounded memory. UTF-16 files are returned as one chunk.
/// </summary>
public sealed class CsvChunkReader : IDisposable
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private readonly FileStream _stream;
    private readonly bool _hasHeader;
    private readonly int _chunkBytes;
    private byte[] _pending = [];
    private byte[]? _header;
    private int _nextLine = 1;
    private bool _whole;

    /// <summary>Opens the file; throws <see cref="ErrorCode.NotFound"/> when it is absent.</summary>
    public CsvChunkReader(string path, bool hasHeader, int chunkBytes = 8 << 20)
    {
        if (!File.Exists(path))
        {
            throw OspreyException.NotFound($"The data file '{path}' does not exist.");
        }
        _stream = File.OpenRead(path);
        _hasHeader = hasHeader;
        _chunkBytes = Math.Max(chunkBytes, 1);
    }

    /// <summary>Gets the file's length in bytes.</summary>
    public long Length => _stream.Length;

    /// <summary>Gets how many bytes of the file have been returned in chunks so far.</summary>
    public long Position { get; private set; }

    /// <summary>Returns the next chunk, or null when the file is exhausted.</summary>
    public CsvChunk? Next()
    {
        if (_whole)
        {
            return null;
        }
        var first = _header is null;
        var buffer = Fill(_chunkBytes);
        if (first && (buffer.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || buffer.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])))
        {
            // UTF-16 text has 0x0A bytes inside characters, so it is decoded whole rather than cut at newlines.
            _whole = true;
            return Whole(buffer);
        }
        var skip = first && buffer.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        var end = LastRecordEnd(buffer, skip);
        while (end < 0 && _stream.Position < _stream.Length)
        {
            buffer = Fill(buffer.Length * 2, buffer);
            end = LastRecordEnd(buffer, skip);
        }
        end = end < 0 ? buffer.Length : end;
        _pending = buffer[end..];
        Position += end;
        var records = buffer.AsSpan(skip, end - skip);
        if (first)
        {
            var headerEnd = _hasHeader ? RecordEnd(records) : 0;
            _header = records[..headerEnd].ToArray();
            _nextLine = 1 + records.Count((byte)'\n');
            return records.Length == 0 ? null : new CsvChunk(records.ToArray(), 0);
        }
        if (records.IsEmpty)
        {
            return null;
        }
        var chunk = new CsvChunk([.. _header!, .. records], _nextLine);
        _nextLine += records.Count((byte)'\n');
        return chunk;
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();

    private CsvChunk Whole(byte[] start)
    {
        var rest = new byte[_stream.Length - _stream.Position];
        _stream.ReadExactly(rest);
        Position = _stream.Length;
        return new CsvChunk([.. start, .. rest], 0);
    }

    private byte[] Fill(int size, byte[]? current = null)
    {
        var kept = current ?? _pending;
        var buffer = new byte[(int)Math.Min(Math.Max(size, kept.Length + 1), kept.Length + _stream.Length - _stream.Position)];
        kept.CopyTo(buffer, 0);
        var filled = kept.Length;
        while (filled < buffer.Length)
        {
            var read = _stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
            {
                break;
            }
            filled += read;
        }
        return filled == buffer.Length ? buffer : buffer[..filled];
    }

    /// <summary>Returns the index just after the last newline outside quotes, or -1 when there is none; data starts outside quotes.</summary>
    private static int LastRecordEnd(byte[] buffer, int start)
    {
        var last = -1;
        var inQuotes = false;
        var span = buffer.AsSpan();
        for (var i = start; i < span.Length;)
        {
            var next = span[i..].IndexOfAny((byte)'"', (byte)'\n');
            if (next < 0)
            {
                break;
            }
            i += next;
            if (span[i] == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes)
            {
                last = i + 1;
            }
            i++;
        }
        return last;
    }

    /// <summary>Returns the length of the first record with its line end (the whole span when it has none).</summary>
    private static int RecordEnd(ReadOnlySpan<byte> records)
    {
        var inQuotes = false;
        for (var i = 0; i < records.Length; i++)
        {
            inQuotes ^= records[i] == '"';
            if (records[i] == '\n' && !inQuotes)
            {
                return i + 1;
            }
        }
        return records.Length;
    }
}

using System.Buffers;
using System.Text;

namespace Osprey.Storage.Sqlite.Serving;

/// <summary>The working memory of <see cref="PredictionBatchInsert"/>, reused batch after batch; used by the single write thread only.</summary>
internal sealed class PredictionBatchBuffers
{
    // Model names, roles and classes repeat on every row: each becomes UTF-8 once. Bounded so that a stream of distinct names cannot grow it forever.
    private const int MaxNames = 4096;
    private readonly Dictionary<string, byte[]> _utf8 = new(StringComparer.Ordinal);
    private (ulong Id, int Row)[] _generated = new (ulong, int)[256];
    private byte[] _packed = new byte[256 * GeneratedIds.PairBytes];

    /// <summary>Gets the buffer a stored batch's JSON array is written into.</summary>
    public ArrayBufferWriter<byte> Rows { get; } = new(256 * 1024);

    /// <summary>Returns room for <paramref name="count"/> generated-id pairs.</summary>
    public Span<(ulong Id, int Row)> Generated(int count)
    {
        if (_generated.Length < count)
        {
            _generated = new (ulong, int)[count * 2];
        }
        return _generated.AsSpan(0, count);
    }

    /// <summary>Returns room for <paramref name="bytes"/> packed bytes.</summary>
    public Span<byte> Packed(int bytes)
    {
        if (_packed.Length < bytes)
        {
            _packed = new byte[bytes * 2];
        }
        return _packed.AsSpan(0, bytes);
    }

    /// <summary>Returns the UTF-8 bytes of a name.</summary>
    public byte[] Utf8(string text)
    {
        if (!_utf8.TryGetValue(text, out var bytes))
        {
            if (_utf8.Count >= MaxNames)
            {
                _utf8.Clear();
            }
            bytes = Encoding.UTF8.GetBytes(text);
            _utf8[text] = bytes;
        }
        return bytes;
    }
}

using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Osprey.Core.Data;

/// <summary>Computes a <see cref="DataFingerprint"/> that depends only on the table's values, order and schema, not on how the file was formatted.</summary>
public static class DataFingerprinter
{
    /// <summary>Returns the fingerprint; equal tables (same values, order, names and kinds) always give the same digest.</summary>
    public static DataFingerprint Compute(Table table)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var schema = table.Schema.ToString();
        AppendText(hash, schema);
        Span<byte> count = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(count, table.RowCount);
        hash.AppendData(count);
        foreach (var column in table.Columns)
        {
            AppendColumn(hash, column);
        }
        return new DataFingerprint(Convert.ToHexStringLower(hash.GetHashAndReset()), table.RowCount, schema);
    }

    private static void AppendColumn(IncrementalHash hash, Column column)
    {
        switch (column)
        {
            case NumericColumn numeric:
                var values = numeric.Values.ToArray();
                for (var i = 0; i < values.Length; i++)
                {
                    // Every NaN payload means "missing"; one canonical bit pattern keeps the digest stable.
                    values[i] = double.IsNaN(values[i]) ? double.NaN : values[i];
                }
                AppendLittleEndian(hash, MemoryMarshal.AsBytes(values.AsSpan()));
                break;
            case DateTimeColumn dates:
                AppendLittleEndian(hash, MemoryMarshal.AsBytes(dates.Ticks));
                break;
            case CategoricalColumn categories:
                AppendCategories(hash, categories);
                break;
            default:
                for (var row = 0; row < column.Length; row++)
                {
                    var text = column.Format(row);
                    AppendText(hash, text);
                }
                break;
        }
    }

    /// <summary>Hashes each row's category text exactly as <see cref="AppendText"/> would, encoding each category once and hashing in large blocks.</summary>
    private static void AppendCategories(IncrementalHash hash, CategoricalColumn column)
    {
        var encoded = column.Categories.Select(Encoding.UTF8.GetBytes).ToArray();
        var block = new byte[1 << 16];
        var used = 0;
        foreach (var code in column.Codes)
        {
            var bytes = code < 0 ? [] : encoded[code];
            if (used + 4 + bytes.Length > block.Length)
            {
                hash.AppendData(block, 0, used);
                used = 0;
                if (4 + bytes.Length > block.Length)
                {
                    block = new byte[4 + bytes.Length];
                }
            }
            BinaryPrimitives.WriteInt32LittleEndian(block.AsSpan(used), code < 0 ? -1 : bytes.Length);
            bytes.CopyTo(block, used + 4);
            used += 4 + bytes.Length;
        }
        hash.AppendData(block, 0, used);
    }

    private static void AppendText(IncrementalHash hash, string? text)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, text is null ? -1 : Encoding.UTF8.GetByteCount(text));
        hash.AppendData(length);
        if (text is not null)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
        }
    }

    private static void AppendLittleEndian(IncrementalHash hash, ReadOnlySpan<byte> bytes)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Fingerprints are defined on little-endian byte order.");
        }
        hash.AppendData(bytes);
    }
}

using System.Buffers.Binary;

namespace Osprey.Storage.Sqlite.Serving;

/// <summary>The server-generated request ids of a stored batch: sorted, distinct (id, row) pairs packed as 12 little-endian bytes each.</summary>
internal static class GeneratedIds
{
    /// <summary>The bytes of one pair.</summary>
    public const int PairBytes = 12;

    /// <summary>How many low bits of an id a block spans; a batch is indexed under the blocks of the ids it holds.</summary>
    public const int BlockBits = 10;

    /// <summary>Sorts and de-duplicates the pairs in place and returns how many are distinct.</summary>
    public static int SortDistinct(Span<(ulong Id, int Row)> pairs)
    {
        pairs.Sort();
        var distinct = 0;
        for (var i = 0; i < pairs.Length; i++)
        {
            if (distinct == 0 || pairs[i] != pairs[distinct - 1])
            {
                pairs[distinct++] = pairs[i];
            }
        }
        return distinct;
    }

    /// <summary>Packs sorted, distinct pairs.</summary>
    public static void Pack(ReadOnlySpan<(ulong Id, int Row)> pairs, Span<byte> destination)
    {
        for (var i = 0; i < pairs.Length; i++)
        {
            var slot = destination.Slice(i * PairBytes, PairBytes);
            BinaryPrimitives.WriteUInt64LittleEndian(slot, pairs[i].Id);
            BinaryPrimitives.WriteInt32LittleEndian(slot[8..], pairs[i].Row);
        }
    }

    /// <summary>Returns whether packed pairs hold (id, row), by binary search.</summary>
    public static bool Contains(ReadOnlySpan<byte> packed, ulong id, int row)
    {
        int low = 0, high = packed.Length / PairBytes - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var slot = packed.Slice(middle * PairBytes, PairBytes);
            var order = (BinaryPrimitives.ReadUInt64LittleEndian(slot), BinaryPrimitives.ReadInt32LittleEndian(slot[8..])).CompareTo((id, row));
            if (order == 0)
            {
                return true;
            }
            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }
        return false;
    }

    /// <summary>Reads a request id in the generated form (16 lowercase hex digits) as its number.</summary>
    public static bool TryParse(string requestId, out ulong id)
    {
        id = 0;
        return requestId.Length == Osprey.Core.Serving.RequestIdSource.Length
            && requestId.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f')
            && ulong.TryParse(requestId, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out id);
    }
}

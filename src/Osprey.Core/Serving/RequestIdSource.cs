using System.Globalization;
using System.Security.Cryptography;

namespace Osprey.Core.Serving;

/// <summary>Hands out request ids: 16 hex digits, a random per-process start plus a counter, so ids are unique across restarts without allocating until formatted.</summary>
public sealed class RequestIdSource
{
    /// <summary>The length of a formatted id.</summary>
    public const int Length = 16;

    private long _next = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8)) & 0x7FFF_FFFF_0000_0000L;

    /// <summary>Returns the next id number.</summary>
    public ulong Next() => (ulong)Interlocked.Increment(ref _next);

    /// <summary>Writes an id number as 16 lowercase hex digits into <paramref name="destination"/> (at least <see cref="Length"/> long).</summary>
    public static void Format(ulong id, Span<char> destination) =>
        id.TryFormat(destination, out _, "x16", CultureInfo.InvariantCulture);

    /// <summary>Returns an id number as 16 lowercase hex digits.</summary>
    public static string Format(ulong id) => id.ToString("x16", CultureInfo.InvariantCulture);
}

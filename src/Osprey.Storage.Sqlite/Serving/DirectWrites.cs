using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Osprey.Storage.Sqlite.Serving;

/// <summary>
/// Writes large ranges past the operating system's page cache (Linux <c>O_DIRECT</c>), from a buffer aligned as such writes require.
/// </summary>
/// <remarks>
/// A buffered write copies every byte into freshly allocated cache pages, and on a virtual machine a page the guest has not
/// touched lately costs a fault in the host as well: about 2 ns per byte on the benchmark machine, the largest part of what the
/// prediction log cost. A direct write hands the buffer to the disk instead, at a few hundredths of that. Where the platform or the
/// file system has no direct writes, <see cref="TrySetDirect"/> says so and the caller writes through the cache.
/// </remarks>
internal sealed class DirectWrites
{
    /// <summary>The alignment of a direct write's offset, length and memory.</summary>
    public const int Alignment = 4096;

    private const int GetFlags = 3;
    private const int SetFlags = 4;

    private byte[] _storage = [];
    private int _start;
    private int _capacity;

    /// <summary>Gets the O_DIRECT flag's value on this platform, or 0 where direct writes are not used.</summary>
    private static int DirectFlag { get; } =
        !OperatingSystem.IsLinux() ? 0
        : RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 or Architecture.X86 => 0x4000,
            Architecture.Arm64 or Architecture.Arm => 0x10000,
            _ => 0,
        };

    /// <summary>Rounds a length or offset up to the alignment.</summary>
    public static long AlignUp(long value) => (value + Alignment - 1) & ~(long)(Alignment - 1);

    /// <summary>Turns direct writes on or off for an open file; returns false when the platform or the file system refuses them.</summary>
    public static bool TrySetDirect(SafeFileHandle handle, bool direct)
    {
        if (DirectFlag == 0)
        {
            return !direct;
        }
        var success = false;
        handle.DangerousAddRef(ref success);
        try
        {
            var descriptor = (int)handle.DangerousGetHandle();
            var flags = Fcntl(descriptor, GetFlags, 0);
            return flags >= 0 && Fcntl(descriptor, SetFlags, direct ? flags | DirectFlag : flags & ~DirectFlag) == 0;
        }
        finally
        {
            if (success)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>Copies two ranges one after the other into the aligned buffer, zero-padded to the alignment, and returns the padded span.</summary>
    public ReadOnlySpan<byte> Stage(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        var padded = (int)AlignUp(first.Length + second.Length);
        if (_capacity < padded)
        {
            Grow(padded);
        }
        var buffer = _storage.AsSpan(_start, padded);
        first.CopyTo(buffer);
        second.CopyTo(buffer[first.Length..]);
        buffer[(first.Length + second.Length)..].Clear();
        return buffer;
    }

    private void Grow(int bytes)
    {
        var capacity = (int)AlignUp(Math.Max(bytes, _capacity * 2));
        // Pinned for good (the pinned-object heap), so the aligned start found once stays aligned.
        _storage = GC.AllocateUninitializedArray<byte>(capacity + Alignment, pinned: true);
        var address = Marshal.UnsafeAddrOfPinnedArrayElement(_storage, 0);
        _start = (int)(AlignUp(address) - address);
        _capacity = capacity;
    }

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static extern int Fcntl(int descriptor, int command, int argument);
}

using System.Runtime.InteropServices;
using Osprey.Storage.Sqlite.Serving;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests.Serving;

public sealed class DirectWritesTests
{
    [Fact]
    public void Stage_TwoRanges_AreCopiedInOrderZeroPaddedAndAligned()
    {
        var direct = new DirectWrites();
        var first = Enumerable.Repeat((byte)1, 10).ToArray();
        var second = Enumerable.Repeat((byte)2, 5000).ToArray();
        direct.Stage(new byte[9000], new byte[9000]).ToArray();

        var staged = direct.Stage(first, second);

        Assert.Equal(8192, staged.Length);
        Assert.Equal(first.Concat(second).Concat(new byte[8192 - 5010]), staged.ToArray());
    }

    [Fact]
    public void TrySetDirect_OnAFile_SetsAndClearsTheFlagTheKernelReportsAndStagedRangesAreWritten()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        var path = Path.Combine(folder.Path, "f.seg");
        var direct = new DirectWrites();
        var expected = Enumerable.Range(0, 6000).Select(i => (byte)(i % 251)).ToArray();
        bool on, off;
        int flagsOn, flagsOff;
        using (var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write))
        {
            on = DirectWrites.TrySetDirect(handle, true);
            flagsOn = Flags(handle);
            // With the flag on, the kernel refuses a write whose memory, offset or length is not aligned: this one must pass.
            RandomAccess.Write(handle, direct.Stage(expected.AsSpan(0, 100), expected.AsSpan(100)), 4096);
            off = DirectWrites.TrySetDirect(handle, false);
            flagsOff = Flags(handle);
        }

        Assert.Equal(expected, File.ReadAllBytes(path).AsSpan(4096, 6000).ToArray());
        Assert.True(off);
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(on);
            return;
        }
        // Where the file system refuses direct writes the flag must stay off; where it takes them, the kernel shows it.
        var flag = RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.X86 ? 0x4000 : 0x10000;
        Assert.Equal(on, (flagsOn & flag) != 0);
        Assert.Equal(0, flagsOff & flag);
    }

    [Fact]
    public void AlignUp_RoundsToTheNextMultipleOfTheAlignment()
    {
        Assert.Equal([0L, 4096, 4096, 8192], new long[] { 0, 1, 4096, 4097 }.Select(DirectWrites.AlignUp));
    }

    // The open flags of a descriptor as the kernel reports them in /proc (octal).
    private static int Flags(Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }
        var line = File.ReadLines($"/proc/self/fdinfo/{handle.DangerousGetHandle()}").First(l => l.StartsWith("flags:", StringComparison.Ordinal));
        return Convert.ToInt32(line["flags:".Length..].Trim(), 8);
    }
}

using Xunit;
using System.Text;
using Osprey.Core;
using Osprey.Core.Artifacts;
using Osprey.TestKit;

namespace Osprey.Core.Tests.Artifacts;

public sealed class LocalArtifactStoreTests : IDisposable
{
    private readonly TempDirectory _root = new();

    [Fact]
    public async Task WriteAsync_ThenList_ShowsFilesAndFoldersWithSizes()
    {
        var store = new LocalArtifactStore(_root.Path);
        await store.WriteAsync("run/model/model.json", Text("{}"), 1024, default);
        await store.WriteAsync("run/notes.txt", Text("hello"), 1024, default);

        var entries = await store.ListAsync("run", default);

        Assert.Equal(["run/model", "run/notes.txt"], entries.Select(e => e.Path));
        Assert.True(entries[0].IsDirectory);
        Assert.Equal(5, entries[1].Size);
    }

    [Fact]
    public async Task WriteAsync_OverTheLimit_ThrowsAndLeavesNoFile()
    {
        var store = new LocalArtifactStore(_root.Path);
        var error = await Assert.ThrowsAsync<OspreyException>(() => store.WriteAsync("big.bin", Text(new string('x', 100)), 10, default));
        Assert.Equal(ErrorCode.LimitExceeded, error.Code);
        Assert.Empty(Directory.GetFiles(_root.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task WriteAsync_ReplacesAnExistingFile()
    {
        var store = new LocalArtifactStore(_root.Path);
        await store.WriteAsync("f.txt", Text("one"), 100, default);
        await store.WriteAsync("f.txt", Text("three"), 100, default);
        using var reader = new StreamReader(await store.OpenReadAsync("f.txt", default));
        Assert.Equal("three", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task OpenReadAsync_WhenMissing_ThrowsNotFound() =>
        Assert.Equal(ErrorCode.NotFound, (await Assert.ThrowsAsync<OspreyException>(() => new LocalArtifactStore(_root.Path).OpenReadAsync("nope", default))).Code);

    [Fact]
    public async Task OpenReadAsync_WithTraversal_ThrowsInvalidParameter() =>
        Assert.Equal(ErrorCode.InvalidParameter, (await Assert.ThrowsAsync<OspreyException>(() => new LocalArtifactStore(_root.Path).OpenReadAsync("../x", default))).Code);

    public void Dispose() => _root.Dispose();

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));
}

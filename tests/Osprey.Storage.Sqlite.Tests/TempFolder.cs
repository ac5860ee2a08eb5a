namespace Osprey.Storage.Sqlite.Tests;

/// <summary>A temporary folder deleted on disposal.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>Gets the folder's full path.</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "osprey-sqlite-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Gets the path of <c>osprey.db</c> in the folder.</summary>
    public string Database => System.IO.Path.Combine(Path, "osprey.db");

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}

namespace Osprey.TestKit;

/// <summary>Makes unique names so no test depends on another's data.</summary>
public static class Some
{
    private static int _counter;

    /// <summary>Returns a unique name with a readable prefix, such as <c>experiment-17-3fa2c1</c>.</summary>
    public static string Name(string prefix = "name") =>
        $"{prefix}-{Interlocked.Increment(ref _counter)}-{Guid.NewGuid().ToString("N")[..6]}";
}

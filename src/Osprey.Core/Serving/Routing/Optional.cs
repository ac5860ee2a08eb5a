namespace Osprey.Core.Serving.Routing;

/// <summary>A value that may be left unset, as distinct from set to null (clearing a plan's canary versus keeping it).</summary>
public readonly record struct Optional<T>(bool IsSet, T? Value)
    where T : class
{
    /// <summary>Gets an optional set to null: clear the value.</summary>
    public static Optional<T> Cleared => new(true, null);

    /// <summary>Returns the set value, or <paramref name="current"/> when unset.</summary>
    public T? Or(T? current) => IsSet ? Value : current;

    /// <summary>Sets a value.</summary>
    public static implicit operator Optional<T>(T value) => new(true, value);
}

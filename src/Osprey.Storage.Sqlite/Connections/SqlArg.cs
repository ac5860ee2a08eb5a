namespace Osprey.Storage.Sqlite.Connections;

/// <summary>A named SQL parameter value; user input only ever reaches SQL through these.</summary>
internal readonly record struct SqlArg(string Name, object? Value)
{
    /// <summary>Creates a parameter; null becomes SQL NULL.</summary>
    public static SqlArg Arg(string name, object? value) => new(name, value);
}

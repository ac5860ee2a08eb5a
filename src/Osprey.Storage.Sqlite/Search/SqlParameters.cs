using System.Runtime.InteropServices;
using Osprey.Storage.Sqlite.Connections;

namespace Osprey.Storage.Sqlite.Search;

/// <summary>Collects the parameters of a SQL statement built at run time, handing out their placeholders.</summary>
internal sealed class SqlParameters
{
    private readonly List<SqlArg> _args = [];

    /// <summary>Adds a value and returns its placeholder, such as <c>$p3</c>.</summary>
    public string Add(object? value)
    {
        var name = "$p" + _args.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _args.Add(new SqlArg(name, value));
        return name;
    }

    /// <summary>Adds each value and returns the comma-separated placeholders.</summary>
    public string AddList<T>(IEnumerable<T> values) => string.Join(", ", values.Select(value => Add(value)));

    /// <summary>Replaces the value of a placeholder added earlier, for statements run several times with different values.</summary>
    public void Set(string placeholder, object? value)
    {
        var index = _args.FindIndex(arg => arg.Name == placeholder);
        _args[index] = new SqlArg(placeholder, value);
    }

    /// <summary>Gets the parameters added so far.</summary>
    public ReadOnlySpan<SqlArg> Args => CollectionsMarshal.AsSpan(_args);
}

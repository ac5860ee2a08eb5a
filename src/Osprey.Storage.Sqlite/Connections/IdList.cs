using System.Globalization;
using System.Text;

namespace Osprey.Storage.Sqlite.Connections;

/// <summary>Passes a set of integer keys to SQL as one JSON array parameter, read with <c>json_each</c>.</summary>
internal static class IdList
{
    /// <summary>The SQL that yields the ids of a JSON array parameter named <c>$ids</c>.</summary>
    public const string Select = "SELECT value FROM json_each($ids)";

    /// <summary>Renders ids as a JSON array such as <c>[3,5,8]</c>.</summary>
    public static string Json(IEnumerable<long> ids)
    {
        var json = new StringBuilder("[");
        foreach (var id in ids)
        {
            if (json.Length > 1)
            {
                json.Append(',');
            }
            json.Append(id.ToString(CultureInfo.InvariantCulture));
        }
        return json.Append(']').ToString();
    }
}

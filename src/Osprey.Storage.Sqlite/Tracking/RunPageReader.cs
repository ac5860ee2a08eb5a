using Osprey.Storage.Sqlite.Connections;
using Osprey.Storage.Sqlite.Search;

namespace Osprey.Storage.Sqlite.Tracking;

/// <summary>Collects one page of run keys from consecutive ordered reads, carrying the page's offset and size from one to the next.</summary>
internal sealed class RunPageReader
{
    private const int MinimumPrefix = 2000;

    private readonly SqlSession _session;
    private readonly SqlParameters _parameters;
    private readonly string _limit;
    private readonly string _offset;
    private readonly string _bound;
    private int _skip;

    public RunPageReader(SqlSession session, SqlParameters parameters, int limit, int offset)
    {
        _session = session;
        _parameters = parameters;
        _limit = parameters.Add(null);
        _offset = parameters.Add(null);
        _bound = parameters.Add(null);
        Keys = new List<long>(Math.Max(0, limit));
        Remaining = Math.Max(0, limit);
        _skip = Math.Max(0, offset);
    }

    /// <summary>Gets the keys read so far, in order.</summary>
    public List<long> Keys { get; }

    /// <summary>Gets the placeholder that <see cref="Probe"/> binds to the prefix's boundary value.</summary>
    public string Bound => _bound;

    private int Remaining { get; set; }

    /// <summary>Reads the page from an index-ordered scan cut to a prefix, returning false when the prefix held too few matches.</summary>
    /// <param name="boundary">SQL returning the sort value at a position of the index order, given as <c>OFFSET</c> placeholder <c>{0}</c>; NULL when the index is shorter.</param>
    /// <param name="bounded">FROM … WHERE … reading the prefix (values up to <see cref="Bound"/>, ties included).</param>
    /// <param name="whole">FROM … WHERE … reading without the bound.</param>
    /// <remarks>
    /// When matches are common the page fills within the prefix and the scan stops early; the bound keeps a rare filter
    /// from scanning the whole index, and the caller then reads the part another way. Since the prefix includes every
    /// tie of its last value, a full page read from it is exactly the page the whole order would give.
    /// </remarks>
    public bool Probe(string boundary, string bounded, string whole, string order)
    {
        var prefix = (int)Math.Min(int.MaxValue, Math.Max(MinimumPrefix, 10L * (_skip + Remaining)));
        _parameters.Set(_offset, prefix - 1);
        var value = _session.Command(string.Format(System.Globalization.CultureInfo.InvariantCulture, boundary, _offset), _parameters.Args)
            .ExecuteScalar();
        if (value is null or DBNull)
        {
            Read(whole, order);
            return true;
        }
        _parameters.Set(_bound, value);
        var rows = Query(bounded, order);
        if (rows.Count < Remaining)
        {
            return false;
        }
        Keys.AddRange(rows);
        Remaining = 0;
        return true;
    }

    /// <summary>Takes the rest of the page (after the carried offset) from one part of the order.</summary>
    public void Read(string fromWhere, string order)
    {
        if (Remaining == 0)
        {
            return;
        }
        var rows = Query(fromWhere, order);
        Keys.AddRange(rows);
        Remaining -= rows.Count;
        if (rows.Count > 0)
        {
            _skip = 0;
        }
        else if (_skip > 0)
        {
            // An empty read only says the offset reaches past this part; count the part to carry the rest of the offset on.
            _skip -= (int)Math.Min(_skip, _session.ScalarInt64($"SELECT COUNT(*) {fromWhere}", _parameters.Args) ?? 0);
        }
    }

    private List<long> Query(string fromWhere, string order)
    {
        _parameters.Set(_limit, Remaining);
        _parameters.Set(_offset, _skip);
        return _session.Query($"SELECT r.run_pk {fromWhere} ORDER BY {order} LIMIT {_limit} OFFSET {_offset}", row => row.GetInt64(0), _parameters.Args);
    }
}

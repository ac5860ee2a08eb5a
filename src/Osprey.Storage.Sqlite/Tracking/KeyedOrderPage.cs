using Osprey.Core.Tracking.Search;
using Osprey.Storage.Sqlite.Connections;
using Osprey.Storage.Sqlite.Search;

namespace Osprey.Storage.Sqlite.Tracking;

/// <summary>Pages a run search whose first sort key is a metric, param or tag.</summary>
/// <remarks>
/// The page is taken from up to three consecutive parts: runs having the key (in value order), then, for metrics,
/// runs whose value is NaN, then runs lacking the key; the page's offset and size carry from one part to the next.
/// For the first part a probe reads the key's (key, value) index in order and stops at the page's end, which beats
/// sorting every match whenever matches are common; the probe is bounded to the first few thousand index entries so a
/// rare filter cannot make it scan the whole index. When the bound cuts the page short, the same query without the
/// bound answers; there SQLite 3.35 evaluates a selective EXISTS filter first (as an IN list) and sorts the few matches.
/// </remarks>
internal sealed class KeyedOrderPage
{
    private const int MinimumProbe = 2000;

    private readonly SqlSession _session;
    private readonly SqlParameters _parameters;
    private readonly string _limit;
    private readonly string _offset;
    private readonly List<long> _pks;
    private int _skip;

    private KeyedOrderPage(SqlSession session, SqlParameters parameters, int limit, int offset)
    {
        _session = session;
        _parameters = parameters;
        _limit = parameters.Add(null);
        _offset = parameters.Add(null);
        _pks = new List<long>(limit);
        Remaining = limit;
        _skip = offset;
    }

    private int Remaining { get; set; }

    /// <summary>Returns the keys of the page's runs, in order.</summary>
    /// <param name="conditions">The experiment and lifecycle conditions on <c>r</c>.</param>
    /// <param name="filter">The compiled filter (<c>1</c> when none).</param>
    public static List<long> Take(SqlSession session, RunSearchQuery query, SqlParameters parameters, string conditions, string filter,
        string table, bool hasNan, string baseOrder)
    {
        var page = new KeyedOrderPage(session, parameters, query.MaxResults, Math.Max(0, query.Offset));
        var rest = OrderSql.Compile(query.OrderBy.Skip(1).ToList(), RunSearchSchema.Instance, parameters, firstAlias: 1);
        var restOrder = rest.Terms.Length == 0 ? baseOrder : $"{rest.Terms}, {baseOrder}";
        var key = parameters.Add(query.OrderBy[0].Field.Key);
        var first = query.OrderBy[0];
        var present = hasNan ? " AND o0.value IS NOT NULL" : "";
        var order = $"o0.value {(first.Ascending ? "ASC" : "DESC")}, {restOrder}";
        var keyed = $"FROM {table} o0 CROSS JOIN runs r ON r.run_pk = o0.run_pk {rest.Joins} WHERE o0.key = {key} AND {conditions}";
        if (!page.Probe(keyed + present, filter, order, table, key, first.Ascending))
        {
            page.Read($"{keyed}{present} AND {filter}", order);
        }
        if (hasNan)
        {
            page.Read($"{keyed} AND o0.value IS NULL AND {filter}", restOrder);
        }
        page.Read($"FROM runs r {rest.Joins} WHERE NOT EXISTS (SELECT 1 FROM {table} x WHERE x.run_pk = r.run_pk AND x.key = {key}) " +
                  $"AND {conditions} AND {filter}", restOrder);
        return page._pks;
    }

    /// <summary>Reads the first part in index order within a bounded prefix; returns whether that settled the part.</summary>
    private bool Probe(string keyed, string filter, string order, string table, string key, bool ascending)
    {
        var prefix = (int)Math.Min(int.MaxValue, Math.Max(MinimumProbe, 10L * (_skip + Remaining)));
        var bound = _parameters.Add(null);
        _parameters.Set(_offset, prefix - 1);
        var boundary = _session.Command(
            $"SELECT value FROM {table} WHERE key = {key} AND value IS NOT NULL ORDER BY value {(ascending ? "ASC" : "DESC")} LIMIT 1 OFFSET {_offset}",
            _parameters.Args).ExecuteScalar();
        // The unary + keeps SQLite 3.35 from turning the filter's EXISTS into an IN list that would drive the join.
        if (boundary is null)
        {
            // The prefix holds every run with the key, so the ordered read is the whole part.
            Read($"{keyed} AND +({filter})", order);
            return true;
        }
        _parameters.Set(bound, boundary);
        var rows = Query($"{keyed} AND o0.value {(ascending ? "<=" : ">=")} {bound} AND +({filter})", order);
        if (rows.Count < Remaining)
        {
            return false;
        }
        _pks.AddRange(rows);
        Remaining = 0;
        return true;
    }

    /// <summary>Takes the rest of the page (after the carried offset) from one part.</summary>
    private void Read(string fromWhere, string order)
    {
        if (Remaining == 0)
        {
            return;
        }
        var rows = Query(fromWhere, order);
        _pks.AddRange(rows);
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

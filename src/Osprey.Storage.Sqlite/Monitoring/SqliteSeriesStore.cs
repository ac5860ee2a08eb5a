using Microsoft.Data.Sqlite;
using Osprey.Core.Monitoring.Series;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Monitoring;

/// <summary>Time series in the workspace database: series identities in <c>series</c>, samples clustered by (series, time) in <c>series_samples</c>.</summary>
/// <remarks>
/// A query first picks the series of the name whose labels include the match (a series table read, small next to the samples),
/// then reads each one's window as a range of the clustered key. Appends go through the writer loop as one item, so a batch is all or nothing.
/// </remarks>
internal sealed class SqliteSeriesStore(SqliteWriter writer, SqliteReaderPool readers) : ISeriesStore
{
    private const string UpsertSample =
        "INSERT INTO series_samples (series_id, timestamp, value) VALUES ($series, $time, $value) " +
        "ON CONFLICT (series_id, timestamp) DO UPDATE SET value = excluded.value";

    /// <inheritdoc/>
    public Task AppendAsync(IReadOnlyList<SeriesPoint> points, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return Task.CompletedTask;
        }
        var rows = points.Select(Canonical).ToList();
        return writer.WriteAsync(session =>
        {
            var ids = new Dictionary<(string Name, string Labels), long>();
            foreach (var (name, labels, timestamp, value) in rows)
            {
                if (!ids.TryGetValue((name, labels), out var id))
                {
                    id = SeriesId(session, name, labels);
                    ids[(name, labels)] = id;
                }
                session.Execute(UpsertSample, Arg("$series", id), Arg("$time", timestamp), Arg("$value", double.IsNaN(value) ? null : value));
            }
        }, ct);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<SeriesPoint>> QueryAsync(SeriesQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        SeriesLabels.ValidateName(query.Name);
        return readers.ReadAsync<IReadOnlyList<SeriesPoint>>(session =>
        {
            var points = new List<SeriesPoint>();
            foreach (var (id, labels) in MatchingSeries(session, query.Name, query.LabelMatch))
            {
                points.AddRange(session.Query(
                    "SELECT timestamp, value FROM series_samples WHERE series_id = $series AND timestamp >= $from AND timestamp < $to ORDER BY timestamp",
                    row => new SeriesPoint(query.Name, labels, row.GetInt64(0), row.IsDBNull(1) ? double.NaN : row.GetDouble(1)),
                    Arg("$series", id), Arg("$from", query.From), Arg("$to", query.To)));
            }
            return points;
        }, ct);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<string>>(session => session.Query("SELECT DISTINCT name FROM series ORDER BY name", row => row.GetString(0)), ct);

    /// <inheritdoc/>
    public Task<int> DeleteBeforeAsync(long timestamp, CancellationToken ct) =>
        writer.WriteAsync(session =>
        {
            // One range delete per series uses the clustered key; a single statement over the time column would scan every sample.
            var deleted = 0;
            foreach (var id in session.Query("SELECT series_id FROM series", row => row.GetInt64(0)))
            {
                deleted += session.Execute("DELETE FROM series_samples WHERE series_id = $series AND timestamp < $time", Arg("$series", id), Arg("$time", timestamp));
            }
            session.Execute("DELETE FROM series WHERE NOT EXISTS (SELECT 1 FROM series_samples s WHERE s.series_id = series.series_id)");
            return deleted;
        }, ct);

    private static (string Name, string Labels, long Timestamp, double Value) Canonical(SeriesPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        SeriesLabels.ValidateName(point.Name);
        SeriesLabels.Validate(point.Name, point.Labels);
        return (point.Name, SeriesLabels.Canonical(point.Labels), point.Timestamp, point.Value);
    }

    private static long SeriesId(SqlSession session, string name, string labels)
    {
        session.Execute("INSERT INTO series (name, labels) VALUES ($name, $labels) ON CONFLICT (name, labels) DO NOTHING", Arg("$name", name), Arg("$labels", labels));
        return session.ScalarInt64("SELECT series_id FROM series WHERE name = $name AND labels = $labels", Arg("$name", name), Arg("$labels", labels))!.Value;
    }

    private static IEnumerable<(long Id, IReadOnlyDictionary<string, string> Labels)> MatchingSeries(
        SqlSession session, string name, IReadOnlyDictionary<string, string> match) =>
        session.Query("SELECT series_id, labels FROM series WHERE name = $name ORDER BY labels", Row, Arg("$name", name))
            .Where(series => SeriesLabels.Includes(series.Labels, match));

    private static (long Id, IReadOnlyDictionary<string, string> Labels) Row(SqliteDataReader row) =>
        (row.GetInt64(0), SeriesLabels.Parse(row.GetString(1)));
}

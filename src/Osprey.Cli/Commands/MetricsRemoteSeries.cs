using System.Globalization;
using System.Text;
using Osprey.Cli.Pipelines;
using Osprey.Core;
using Osprey.Core.Monitoring.Series;
using Osprey.Server.Monitoring.Contracts;

namespace Osprey.Cli.Commands;

/// <summary>Reads a server's series through <c>GET /api/osprey/series</c>; the CLI never writes series remotely.</summary>
internal sealed class MetricsRemoteSeries(PipelineHttpClient http) : ISeriesStore
{
    private static SeriesJsonContext Json => SeriesJsonContext.Default;

    /// <inheritdoc/>
    public Task AppendAsync(IReadOnlyList<SeriesPoint> points, CancellationToken ct) => throw ReadOnly();

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SeriesPoint>> QueryAsync(SeriesQuery query, CancellationToken ct)
    {
        var path = new StringBuilder("api/osprey/series?name=").Append(Uri.EscapeDataString(query.Name));
        foreach (var (key, value) in query.LabelMatch)
        {
            path.Append("&label.").Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }
        path.Append(CultureInfo.InvariantCulture, $"&from={query.From}&to={query.To}");
        var answer = await http.GetAsync(path.ToString(), Json.SeriesResponse, ct);
        return [.. answer.Series.SelectMany(s => s.Points.Select(p => new SeriesPoint(answer.Name, s.Labels, p.Timestamp, p.Value)))];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken ct) =>
        (await http.GetAsync("api/osprey/series/names", Json.SeriesNamesResponse, ct)).Names;

    /// <inheritdoc/>
    public Task<int> DeleteBeforeAsync(long timestamp, CancellationToken ct) => throw ReadOnly();

    private static OspreyException ReadOnly() =>
        new(ErrorCode.InvalidState, "Series are written on the server's own workspace; over --server the metrics commands only read.");
}

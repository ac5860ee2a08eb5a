using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core;
using Osprey.Core.Monitoring.Series;
using Osprey.Server.Api;
using Osprey.Server.Hosting;
using Osprey.Server.Monitoring.Contracts;
using Osprey.Server.Security;

namespace Osprey.Server.Monitoring;

/// <summary>The read API of the time-series store: <c>GET /api/osprey/series?name=…&amp;label.k=v&amp;from=…&amp;to=…</c> and <c>GET /api/osprey/series/names</c>.</summary>
internal static class SeriesEndpoints
{
    /// <summary>How far back a query reads when it gives no <c>from</c>.</summary>
    public static readonly TimeSpan DefaultSpan = TimeSpan.FromDays(7);

    private const string LabelPrefix = "label.";

    private static SeriesJsonContext Json => SeriesJsonContext.Default;

    /// <summary>Maps the series endpoints under <c>/api/osprey/series</c>.</summary>
    public static IEndpointRouteBuilder MapSeriesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(ApiRoutes.OspreyPrefix + "/series");
        api.MapGet("/", QueryAsync).AllowsPublicRead();
        api.MapGet("/names", NamesAsync).AllowsPublicRead();
        return app;
    }

    private static async Task QueryAsync(HttpContext http, Workspace ws, ServerOptions options)
    {
        var query = Bind(http.Request.Query, options.Clock);
        var points = await ws.Stores.Series.QueryAsync(query, http.RequestAborted);
        var series = SeriesGroup.Split(points)
            .Select(g => new SeriesDto(g.Labels, [.. g.Points.Select(p => new SeriesSampleDto(p.Timestamp, p.Value))]))
            .ToList();
        await ApiResponse.WriteAsync(http, new SeriesResponse(query.Name, query.From, query.To, series), Json.SeriesResponse);
    }

    private static async Task NamesAsync(HttpContext http, Workspace ws) =>
        await ApiResponse.WriteAsync(http, new SeriesNamesResponse(await ws.Stores.Series.ListNamesAsync(http.RequestAborted)), Json.SeriesNamesResponse);

    private static SeriesQuery Bind(IQueryCollection query, TimeProvider clock)
    {
        var name = query["name"].FirstOrDefault();
        if (string.IsNullOrEmpty(name))
        {
            throw OspreyException.Invalid("Missing value for required parameter 'name' (the series name, for example ?name=model_f1).");
        }
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, values) in query)
        {
            if (key.StartsWith(LabelPrefix, StringComparison.Ordinal))
            {
                labels[key[LabelPrefix.Length..]] = values.FirstOrDefault() ?? "";
            }
        }
        SeriesLabels.Validate(name, labels);
        var to = query["to"].FirstOrDefault() is { Length: > 0 } toText ? SeriesTime.Parse(toText, "to", clock) : long.MaxValue;
        var from = query["from"].FirstOrDefault() is { Length: > 0 } fromText
            ? SeriesTime.Parse(fromText, "from", clock)
            : clock.GetUtcNow().ToUnixTimeMilliseconds() - (long)DefaultSpan.TotalMilliseconds;
        return new SeriesQuery(name, labels, from, to);
    }
}

using Osprey.Cli.Pipelines;
using Osprey.Core;
using Osprey.Core.Monitoring.Series;
using Osprey.Storage.Sqlite;

namespace Osprey.Cli.Commands;

/// <summary>The series a metrics command reads: a server's over HTTP with <c>--server</c>, else the local workspace's store.</summary>
internal sealed class MetricsSource(ISeriesStore series, IAsyncDisposable owned) : IAsyncDisposable
{
    public ISeriesStore Series => series;

    /// <summary>Opens the source described by the command's global options.</summary>
    public static async Task<MetricsSource> OpenAsync(CommandContext context, System.CommandLine.ParseResult parse, CancellationToken ct)
    {
        var settings = context.Settings(parse);
        if (settings.ServerUrl is { } url)
        {
            if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            {
                throw OspreyException.Invalid($"'--server' must be an http:// or https:// URL, got '{url}'.");
            }
            var http = new PipelineHttpClient(address, settings.Token);
            return new MetricsSource(new MetricsRemoteSeries(http), http);
        }
        var options = new WorkspaceOptions(settings.Home);
        Directory.CreateDirectory(options.Home);
        var database = await SqliteStores.OpenAsync(options.DatabasePath, ct);
        return new MetricsSource(database.Stores.Series, database);
    }

    public ValueTask DisposeAsync() => owned.DisposeAsync();
}

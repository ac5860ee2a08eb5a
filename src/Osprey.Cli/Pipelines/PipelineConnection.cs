using Osprey.Cli.Commands;
using Osprey.Cli.Connections;
using Osprey.Core;
using Osprey.Core.Pipelines.Execution;

namespace Osprey.Cli.Pipelines;

/// <summary>The pipeline service a command talks to: a server's over HTTP with <c>--server</c>, else the local workspace's own.</summary>
internal sealed class PipelineConnection(IPipelineService service, IAsyncDisposable owned) : IAsyncDisposable
{
    public IPipelineService Service => service;

    /// <summary>Opens the connection described by the command's global options.</summary>
    public static async Task<PipelineConnection> OpenAsync(ConnectionSettings settings, CliEnvironment environment, CancellationToken ct)
    {
        if (settings.ServerUrl is { } url)
        {
            if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            {
                throw OspreyException.Invalid($"'--server' must be an http:// or https:// URL, got '{url}'.");
            }
            var http = new PipelineHttpClient(address, settings.Token);
            return new PipelineConnection(new RemotePipelineService(http), http);
        }
        var local = await LocalPipelines.OpenAsync(settings.Home, environment.Clock, ct);
        return new PipelineConnection(local.Service, local);
    }

    /// <summary>Opens the connection for a parsed command line.</summary>
    public static Task<PipelineConnection> OpenAsync(CommandContext context, System.CommandLine.ParseResult parse, CancellationToken ct) =>
        OpenAsync(context.Settings(parse), context.Environment, ct);

    public ValueTask DisposeAsync() => owned.DisposeAsync();
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Osprey.Core.Pipelines.Execution;
using Osprey.Server.Api;
using Osprey.Server.Security;
using Osprey.Serving.Hosting;

namespace Osprey.Server.Pipelines;

/// <summary>The worker protocol alone on a loopback port, for a process that runs pipelines without being a server (<c>osprey run</c>, benchmarks).
/// Only workers holding this process's secret (<see cref="WorkerAccess.Secret"/>) are served.</summary>
public sealed class WorkerChannel : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WorkerChannel(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Gets the base address workers connect to.</summary>
    public Uri Address { get; }

    /// <summary>Starts serving <paramref name="runtime"/>'s gateway on 127.0.0.1 with a free port.</summary>
    public static async Task<WorkerChannel> StartAsync(PipelineRuntime runtime, CancellationToken ct)
    {
        var builder = KestrelHostBuilder.Create("http://127.0.0.1:0", maxBodyBytes: null, logLevel: null);
        builder.Services.AddSingleton(runtime).AddSingleton(new AuthenticationPolicy(TokensRequired: true, PublicRead: false))
            .AddSingleton<RequestCallerIdentity>().AddSingleton<WorkerAccess>();
        var app = builder.Build();
        app.UseMiddleware<ApiErrorMiddleware>();
        app.MapGroup(ApiRoutes.OspreyPrefix + "/pipelines").MapWorkerEndpoints();
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WorkerChannel(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}

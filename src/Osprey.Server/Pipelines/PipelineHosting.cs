using Osprey.Core.Pipelines.Tasks.Learning;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Osprey.Core;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Series;
using Osprey.Server.Api;
using Osprey.Server.Hosting;

namespace Osprey.Server.Pipelines;

/// <summary>Adds pipelines to the server: the service and runtime over the workspace, the hosted service that runs them with worker processes,
/// and the endpoints under <c>/api/osprey/pipelines</c>.</summary>
public static class PipelineHosting
{
    /// <summary>Registers pipelines with the host options read from the environment (<see cref="PipelineHostOptions.FromEnvironment"/>).</summary>
    public static IServiceCollection AddPipelines(this IServiceCollection services, ServerOptions options) =>
        services.AddPipelines(options, PipelineHostOptions.FromEnvironment(Environment.GetEnvironmentVariable));

    /// <summary>Registers pipelines with explicit host options.</summary>
    public static IServiceCollection AddPipelines(this IServiceCollection services, ServerOptions options, PipelineHostOptions pipelines)
    {
        services.AddSingleton(pipelines);
        services.AddSingleton(sp => new PipelineService(sp.GetRequiredService<Workspace>().Stores, options.Workspace.Home, options.Clock, LearningTaskTypes.Catalog));
        services.AddSingleton(sp => new PipelineRuntime(sp.GetRequiredService<PipelineService>(), pipelines.Runtime, options.Clock,
            new PipelineRuntimeLog(sp.GetRequiredService<ILoggerFactory>().CreateLogger("Osprey.Pipelines"))));
        services.AddSingleton(sp => new PipelineSeriesRecorder(sp.GetRequiredService<Workspace>().Stores.Series,
            new PipelineRuntimeLog(sp.GetRequiredService<ILoggerFactory>().CreateLogger("Osprey.Pipelines.Series"))));
        services.AddSingleton<WorkerAccess>();
        services.AddHostedService<PipelineHostedService>();
        return services;
    }

    /// <summary>Maps the pipeline API and the worker protocol under <c>/api/osprey/pipelines</c>.</summary>
    public static IEndpointRouteBuilder MapPipelinesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup(ApiRoutes.OspreyPrefix + "/pipelines").MapWorkerEndpoints().MapPipelineEndpoints();
        return app;
    }
}

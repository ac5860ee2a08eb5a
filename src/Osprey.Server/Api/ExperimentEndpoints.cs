using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Server.Contracts.Tracking;
using Osprey.Server.Security;
using static Osprey.Server.Api.JsonTypes;

namespace Osprey.Server.Api;

/// <summary>MLflow's experiment endpoints: create, get, get-by-name, search, update (rename), delete, restore and tags.</summary>
internal static class ExperimentEndpoints
{
    public static IEndpointRouteBuilder MapExperimentsApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/experiments/create", CreateAsync);
        api.MapGet("/experiments/get", GetAsync).AllowsPublicRead();
        api.MapGet("/experiments/get-by-name", GetByNameAsync).AllowsPublicRead();
        api.MapMethods("/experiments/search", ["GET", "POST"], SearchAsync).AllowsPublicRead();
        api.MapPost("/experiments/update", UpdateAsync);
        api.MapPost("/experiments/delete", DeleteAsync);
        api.MapPost("/experiments/restore", RestoreAsync);
        api.MapPost("/experiments/set-experiment-tag", SetTagAsync);
        api.MapPost("/experiments/delete-experiment-tag", DeleteTagAsync);
        return api;
    }

    private static async Task CreateAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.CreateExperimentRequest);
        var name = ApiRequest.Required(request.Name, "name");
        var id = await ws.Experiments.CreateAsync(name, request.ArtifactLocation, request.Tags.ToDomain(), http.RequestAborted);
        await ApiResponse.WriteAsync(http, new CreateExperimentResponse(id.ToString()), Json.CreateExperimentResponse);
    }

    private static async Task GetAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.ExperimentIdRequest);
        var experiment = await ws.Experiments.GetAsync(ApiRequest.Required(request.ExperimentId, "experiment_id"), http.RequestAborted);
        await ApiResponse.WriteAsync(http, new ExperimentResponse(experiment.ToDto()), Json.ExperimentResponse);
    }

    private static async Task GetByNameAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.GetExperimentByNameRequest);
        var experiment = await ws.Experiments.GetByNameAsync(ApiRequest.Required(request.ExperimentName, "experiment_name"), http.RequestAborted);
        await ApiResponse.WriteAsync(http, new ExperimentResponse(experiment.ToDto()), Json.ExperimentResponse);
    }

    private static async Task SearchAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.SearchExperimentsRequest);
        var search = new SearchRequest(
            request.Filter,
            request.OrderBy,
            TrackingEnumNames.ParseViewType(request.ViewType),
            ApiRequest.Int32(request.MaxResults, "max_results"),
            request.PageToken);
        var page = await ws.Experiments.SearchAsync(search, http.RequestAborted);
        var experiments = page.Items.Count == 0 ? null : page.Items.Select(e => e.ToDto()).ToArray();
        await ApiResponse.WriteAsync(http, new SearchExperimentsResponse(experiments, page.NextPageToken), Json.SearchExperimentsResponse);
    }

    private static async Task UpdateAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.UpdateExperimentRequest);
        var id = ApiRequest.Required(request.ExperimentId, "experiment_id");
        await ws.Experiments.RenameAsync(id, ApiRequest.Required(request.NewName, "new_name"), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task DeleteAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.ExperimentIdRequest);
        await ws.Experiments.DeleteAsync(ApiRequest.Required(request.ExperimentId, "experiment_id"), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task RestoreAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.ExperimentIdRequest);
        await ws.Experiments.RestoreAsync(ApiRequest.Required(request.ExperimentId, "experiment_id"), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task SetTagAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.ExperimentTagRequest);
        var id = ApiRequest.Required(request.ExperimentId, "experiment_id");
        var key = ApiRequest.Required(request.Key, "key");
        await ws.Experiments.SetTagAsync(id, key, request.Value ?? throw ApiRequest.Missing("value"), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task DeleteTagAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.ExperimentTagRequest);
        var id = ApiRequest.Required(request.ExperimentId, "experiment_id");
        await ws.Experiments.DeleteTagAsync(id, ApiRequest.Required(request.Key, "key"), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }
}

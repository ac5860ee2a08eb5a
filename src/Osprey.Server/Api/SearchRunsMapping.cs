using Osprey.Core.Tracking;
using Osprey.Server.Contracts.Tracking;

namespace Osprey.Server.Api;

/// <summary>Turns a runs/search body into the run service's search request.</summary>
internal static class SearchRunsMapping
{
    public static RunSearchRequest ToSearch(this SearchRunsRequest request) => new(
        request.ExperimentIds ?? [],
        request.Filter,
        request.OrderBy,
        TrackingEnumNames.ParseViewType(request.RunViewType, "run_view_type"),
        request.MaxResults,
        request.PageToken);
}

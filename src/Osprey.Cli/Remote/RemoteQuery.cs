using System.Globalization;
using Osprey.Core.Tracking;

namespace Osprey.Cli.Remote;

/// <summary>Builds the query strings of MLflow's GET searches.</summary>
internal static class RemoteQuery
{
    /// <summary>Gets filter, max_results, page_token and one order_by per sort key of a registry search.</summary>
    public static (string Name, string? Value)[] Search(SearchRequest request) =>
    [
        ("filter", string.IsNullOrEmpty(request.Filter) ? null : request.Filter),
        ("max_results", request.MaxResults?.ToString(CultureInfo.InvariantCulture)),
        ("page_token", request.PageToken),
        .. (request.OrderBy ?? []).Select(o => ("order_by", (string?)o)),
    ];
}

using System.Globalization;
using Osprey.Core;
using Osprey.Core.Tracking;

namespace Osprey.Cli.Commands;

/// <summary>Finds experiments the way a user names them on the command line: by id or by name.</summary>
internal static class ExperimentReference
{
    /// <summary>Gets the experiment with id <paramref name="reference"/> when it is a number that names one, else the one with that name.</summary>
    public static async Task<Experiment> ResolveAsync(IExperimentService experiments, string reference, CancellationToken ct)
    {
        if (long.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            try
            {
                return await experiments.GetAsync(reference, ct);
            }
            catch (OspreyException failure) when (failure.Code == ErrorCode.NotFound)
            {
                // A purely numeric experiment name is legal; fall through to look it up by name.
            }
        }
        try
        {
            return await experiments.GetByNameAsync(reference, ct);
        }
        catch (OspreyException failure) when (failure.Code == ErrorCode.NotFound)
        {
            throw OspreyException.NotFound($"No experiment has the id or name '{reference}'. See 'osprey experiments list'.");
        }
    }

    /// <summary>Lists every experiment in a view, following page tokens.</summary>
    public static async Task<IReadOnlyList<Experiment>> ListAllAsync(IExperimentService experiments, ViewType view, CancellationToken ct)
    {
        var all = new List<Experiment>();
        string? token = null;
        do
        {
            var page = await experiments.SearchAsync(new SearchRequest(ViewType: view, MaxResults: 1000, PageToken: token), ct);
            all.AddRange(page.Items);
            token = page.NextPageToken;
        }
        while (token is not null);
        return all;
    }
}

using System.CommandLine;
using Osprey.Core.Tracking;

namespace Osprey.Cli.Commands;

/// <summary>The options <c>runs list</c> and <c>runs search</c> share: which experiment, how many runs, deleted or not.</summary>
internal sealed class RunQueryOptions(int defaultMax)
{
    private readonly Option<string?> _experiment = new("--experiment", "-e")
    {
        Description = "Only runs of this experiment (id or name); default: every experiment",
    };

    private readonly Option<int> _max = new("--max", "-n")
    {
        Description = $"Show at most this many runs (default {defaultMax})",
        DefaultValueFactory = _ => defaultMax,
    };

    private readonly Option<bool> _all = new("--all") { Description = "Include deleted runs" };

    /// <summary>Adds the shared options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_experiment);
        command.Options.Add(_max);
        command.Options.Add(_all);
    }

    /// <summary>Gets the requested page size.</summary>
    public int Max(ParseResult parse) => parse.GetValue(_max);

    /// <summary>Gets whether deleted runs are included.</summary>
    public ViewType View(ParseResult parse) => parse.GetValue(_all) ? ViewType.All : ViewType.ActiveOnly;

    /// <summary>Gets the experiment ids to search: the named one, or every experiment in the view.</summary>
    public async Task<IReadOnlyList<string>> ExperimentIdsAsync(ParseResult parse, IExperimentService experiments, CancellationToken ct)
    {
        if (parse.GetValue(_experiment) is { } reference)
        {
            var experiment = await ExperimentReference.ResolveAsync(experiments, reference, ct);
            return [experiment.Id.ToString()];
        }
        var all = await ExperimentReference.ListAllAsync(experiments, View(parse), ct);
        return all.Select(e => e.Id.ToString()).ToList();
    }
}

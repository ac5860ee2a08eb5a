using System.Text.Json;
using Osprey.Core.Pipelines.Scheduling;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>What a run is about: its id, why it exists, its data interval (the logical date is the start) and its parameter values.</summary>
public sealed record RunContext(PipelineRunId RunId, RunKind Kind, DataInterval Interval, IReadOnlyDictionary<string, JsonElement> Params)
{
    /// <summary>Gets the logical date: the start of the data interval.</summary>
    public DateTimeOffset LogicalDate => Interval.Start;

    /// <summary>Creates a context whose parameters are the definition's defaults overridden by <paramref name="overrides"/>; an undeclared override throws <see cref="ErrorCode.InvalidParameter"/>.</summary>
    public static RunContext Create(PipelineDefinition definition, PipelineRunId runId, RunKind kind, DataInterval interval, IReadOnlyDictionary<string, JsonElement>? overrides = null)
    {
        var values = new Dictionary<string, JsonElement>(definition.Params, StringComparer.Ordinal);
        foreach (var (name, value) in overrides ?? new Dictionary<string, JsonElement>())
        {
            if (!values.ContainsKey(name))
            {
                var declared = definition.Params.Count == 0 ? "it declares none" : $"it declares {string.Join(", ", definition.Params.Keys)}";
                throw OspreyException.Invalid($"Pipeline '{definition.Name}' has no parameter '{name}'; {declared}.");
            }
            values[name] = value;
        }
        return new RunContext(runId, kind, interval, values);
    }
}

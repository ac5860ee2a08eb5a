using System.Globalization;
using System.Text.Json;
using Osprey.Core.Pipelines.Templates;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>Resolves template names for one run: run values in the pipeline's time zone, parameters, and upstream tasks' states and outputs.</summary>
internal sealed class RunTemplateScope(PipelineDefinition definition, RunContext context, Func<string, TaskInstance?> task, int? tryNumber = null) : ITemplateScope
{
    public TemplateValue Resolve(IReadOnlyList<string> path) => path[0] switch
    {
        TemplateNames.Ds => TemplateValue.From(Local(context.LogicalDate).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        TemplateNames.DsNoDash => TemplateValue.From(Local(context.LogicalDate).ToString("yyyyMMdd", CultureInfo.InvariantCulture)),
        TemplateNames.LogicalDate => Iso(context.LogicalDate),
        TemplateNames.DataIntervalStart => Iso(context.Interval.Start),
        TemplateNames.DataIntervalEnd => Iso(context.Interval.End),
        TemplateNames.RunId => TemplateValue.From(context.RunId.Value),
        TemplateNames.Pipeline => TemplateValue.From(definition.Name),
        TemplateNames.TryNumber => tryNumber is { } n ? TemplateValue.FromNumber(n) : TemplateValue.Missing("try_number is only known when a task is queued"),
        TemplateNames.Params => Param(path),
        TemplateNames.Tasks => Task(path),
        _ => TemplateValue.Missing($"'{path[0]}' is not a template name"),
    };

    private TemplateValue Param(IReadOnlyList<string> path) =>
        path.Count >= 2 && context.Params.TryGetValue(path[1], out var value)
            ? Navigate(value, path, 2, $"params.{path[1]}")
            : TemplateValue.Missing($"parameter '{(path.Count >= 2 ? path[1] : "")}' is not set");

    private TemplateValue Task(IReadOnlyList<string> path)
    {
        if (path.Count < 3 || task(path[1]) is not { } instance)
        {
            return TemplateValue.Missing($"task '{(path.Count >= 2 ? path[1] : "")}' is not in this run");
        }
        if (path[2] == "state")
        {
            return TemplateValue.From(instance.State.Name());
        }
        if (instance.State != TaskState.Success)
        {
            return TemplateValue.Missing($"task {instance.TaskId} has no outputs because it is {instance.State.Name()}");
        }
        var outputs = instance.Outputs ?? new Dictionary<string, JsonElement>();
        if (path.Count == 3)
        {
            return TemplateValue.From(JsonSerializer.SerializeToElement(outputs));
        }
        return outputs.TryGetValue(path[3], out var value)
            ? Navigate(value, path, 4, $"tasks.{instance.TaskId}.outputs.{path[3]}")
            : TemplateValue.Missing($"task {instance.TaskId} has no output '{path[3]}'{KnownOutputs(outputs)}");
    }

    private static TemplateValue Navigate(JsonElement value, IReadOnlyList<string> path, int from, string name)
    {
        for (var i = from; i < path.Count; i++)
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(path[i], out var inner))
            {
                return TemplateValue.Missing($"{name} has no field '{path[i]}'");
            }
            name = $"{name}.{path[i]}";
            value = inner;
        }
        return TemplateValue.From(value);
    }

    private static string KnownOutputs(IReadOnlyDictionary<string, JsonElement> outputs) =>
        outputs.Count == 0 ? " (it has no outputs)" : $" (it has {string.Join(", ", outputs.Keys.Order(StringComparer.Ordinal))})";

    private DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, definition.TimeZone);

    private TemplateValue Iso(DateTimeOffset instant) =>
        TemplateValue.From(Local(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
}

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Osprey.Core.Pipelines.Scheduling;

namespace Osprey.Core.Pipelines;

/// <summary>Validates what a <see cref="PipelineBuilder"/> collected and assembles the immutable definition, gathering every problem rather than stopping at the first.</summary>
internal sealed partial class PipelineAssembler(PipelineBuilder source, ITaskTypeCatalog? types)
{
    private readonly List<PipelineProblem> problems = [];

    public PipelineBuildResult Assemble()
    {
        if (!NameRules.PipelineName().IsMatch(source.Name))
        {
            problems.Add(new("name", $"name must be letters, digits, '_', '-' or '.', starting with a letter or digit (at most 100), got '{source.Name}'"));
        }
        var zone = ResolveZone();
        var schedule = ParseSchedule(zone);
        var startDate = ResolveStartDate(zone);
        var maxActiveRuns = CheckRunPolicy();
        TaskSettingsRules.Check(source.Defaults, "default_args", problems);
        var parameters = BuildParams();
        var tasks = new TaskAssembler(source, [.. parameters.Keys], types, problems).Assemble();
        if (problems.Count > 0 || tasks is null)
        {
            return new(null, problems);
        }

        var definition = new PipelineDefinition(source.Name, tasks)
        {
            Description = source.DescriptionValue,
            Schedule = schedule,
            TimeZone = zone,
            StartDate = startDate,
            Catchup = source.CatchupValue,
            MaxActiveRuns = maxActiveRuns,
            Concurrency = source.ConcurrencyValue,
            DagrunTimeout = source.DagrunTimeoutValue,
            Params = parameters,
        };
        foreach (var task in definition.Tasks.Where(t => !t.RunsInEngine))
        {
            problems.AddRange(types?.Validate(task) ?? []);
        }
        return problems.Count > 0 ? new(null, problems) : new(definition, []);
    }

    private TimeZoneInfo ResolveZone()
    {
        if (source.TimeZoneValue is not { } id)
        {
            return TimeZoneInfo.Utc;
        }
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            problems.Add(new("timezone", $"timezone '{id}' is not a known IANA time zone such as Europe/Berlin, America/New_York or UTC"));
            return TimeZoneInfo.Utc;
        }
    }

    private CronSchedule? ParseSchedule(TimeZoneInfo zone)
    {
        if (source.ScheduleValue is null)
        {
            return null;
        }
        var parsed = CronExpression.Parse(source.ScheduleValue);
        if (!parsed.Success)
        {
            problems.Add(new("schedule", $"schedule is not a valid cron expression: {parsed.Error!.Message}", parsed.Error.Position));
            return null;
        }
        return new CronSchedule(parsed.Value!, zone);
    }

    private DateTimeOffset? ResolveStartDate(TimeZoneInfo zone)
    {
        switch (source.StartDateValue)
        {
            case DateTimeOffset exact:
                return exact;
            case string text when HasOffset().IsMatch(text.Trim())
                && DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset):
                return withOffset;
            case string text when DateTime.TryParseExact(text.Trim(), ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var local):
                // A wall-clock time skipped by a daylight-saving gap is read as the first valid time after it.
                while (zone.IsInvalidTime(local))
                {
                    local = local.AddMinutes(15);
                }
                return new DateTimeOffset(local, zone.GetUtcOffset(local));
            case string text:
                problems.Add(new("start_date", $"start_date must be a date like 2026-01-31 or a date-time like 2026-01-31T02:00 (optionally with Z or an offset), got '{text}'"));
                return null;
            default:
                return null;
        }
    }

    private int CheckRunPolicy()
    {
        var requested = source.MaxActiveRunsValue;
        if (requested is < 1)
        {
            problems.Add(new("max_active_runs", $"max_active_runs must be a whole number ≥ 1, got {requested}"));
        }
        var single = source.ConcurrencyValue is ConcurrencyPolicy.Forbid or ConcurrencyPolicy.Replace;
        if (single && requested is > 1)
        {
            var policy = source.ConcurrencyValue.ToString().ToLowerInvariant();
            problems.Add(new("max_active_runs", $"max_active_runs must be 1 (or left out) with concurrency: {policy}, which allows one active run, got {requested}"));
        }
        TaskSettingsRules.CheckPositive(source.DagrunTimeoutValue, "dagrun_timeout", problems);
        return single ? 1 : Math.Max(requested ?? 16, 1);
    }

    private Dictionary<string, JsonElement> BuildParams()
    {
        var parameters = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in source.Parameters)
        {
            var field = $"params.{name}";
            if (!NameRules.Identifier().IsMatch(name))
            {
                problems.Add(new(field, $"{field}: parameter names are letters, digits and '_', not starting with a digit"));
            }
            else if (parameters.ContainsKey(name))
            {
                problems.Add(new(field, $"{field} is declared twice"));
            }
            else if (ContainsTemplate(value))
            {
                problems.Add(new(field, $"{field}: parameters are plain values and are not rendered; put templates in a task's with: instead"));
            }
            else
            {
                parameters[name] = SettingsValueFactory.ToJson(value);
            }
        }
        return parameters;
    }

    private static bool ContainsTemplate(object? value) => value switch
    {
        string text => text.Contains("{{", StringComparison.Ordinal),
        IEnumerable<KeyValuePair<string, object?>> map => map.Any(e => ContainsTemplate(e.Value)),
        System.Collections.IEnumerable items => items.Cast<object?>().Any(ContainsTemplate),
        _ => false,
    };

    [GeneratedRegex(@"(Z|[+\-]\d{2}:?\d{2})$")]
    private static partial Regex HasOffset();
}

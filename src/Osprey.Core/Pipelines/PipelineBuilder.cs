namespace Osprey.Core.Pipelines;

/// <summary>Builds a <see cref="PipelineDefinition"/> from C# the same way the YAML loader does: collect everything, then validate it all at once in <see cref="Build"/>.</summary>
/// <example><code>
/// var pipeline = new PipelineBuilder("churn")
///     .Schedule("0 2 * * *", "Europe/Berlin")
///     .DefaultArgs(d => d.Retries(2).RetryDelay(TimeSpan.FromMinutes(10)))
///     .Task("validate", "validate", t => t.With("data", "data/telco-churn.csv"))
///     .Task("train", "train", t => t.DependsOn("validate"))
///     .Build().ValueOrThrow();
/// </code></example>
public sealed class PipelineBuilder(string name)
{
    private readonly List<KeyValuePair<string, object?>> parameters = [];
    private readonly List<TaskBuilder> tasks = [];

    internal string Name { get; } = name;

    internal string? DescriptionValue { get; private set; }

    internal string? ScheduleValue { get; private set; }

    internal string? TimeZoneValue { get; private set; }

    internal object? StartDateValue { get; private set; }

    internal bool CatchupValue { get; private set; }

    internal int? MaxActiveRunsValue { get; private set; }

    internal ConcurrencyPolicy ConcurrencyValue { get; private set; }

    internal TimeSpan? DagrunTimeoutValue { get; private set; }

    internal TaskDefaultsBuilder Defaults { get; } = new();

    internal IReadOnlyList<KeyValuePair<string, object?>> Parameters => parameters;

    internal IReadOnlyList<TaskBuilder> Tasks => tasks;

    /// <summary>Sets the description.</summary>
    public PipelineBuilder Describe(string description) => Set(() => DescriptionValue = description);

    /// <summary>Sets the cron schedule (5 fields, 6 with seconds, or a shortcut such as <c>@daily</c>), optionally with its IANA time zone; null means triggered only.</summary>
    public PipelineBuilder Schedule(string? cron, string? timeZone = null) => Set(() =>
    {
        ScheduleValue = cron;
        TimeZoneValue = timeZone ?? TimeZoneValue;
    });

    /// <summary>Sets the IANA time zone (such as <c>Europe/Berlin</c>) of the schedule and of <c>ds</c>; UTC by default.</summary>
    public PipelineBuilder TimeZone(string timeZone) => Set(() => TimeZoneValue = timeZone);

    /// <summary>Sets the earliest data interval start the scheduler may create.</summary>
    public PipelineBuilder StartDate(DateTimeOffset start) => Set(() => StartDateValue = start);

    /// <summary>Sets the start date as text: a date (midnight in the pipeline's time zone), a local date-time, or one with an offset.</summary>
    public PipelineBuilder StartDate(string start) => Set(() => StartDateValue = start);

    /// <summary>Sets whether every missed interval runs (true) or only the latest (false, the default).</summary>
    public PipelineBuilder Catchup(bool catchup = true) => Set(() => CatchupValue = catchup);

    /// <summary>Sets how many runs may be active at once (16 by default; forbid and replace allow only 1).</summary>
    public PipelineBuilder MaxActiveRuns(int count) => Set(() => MaxActiveRunsValue = count);

    /// <summary>Sets what happens when a run falls due while another is active.</summary>
    public PipelineBuilder Concurrency(ConcurrencyPolicy policy) => Set(() => ConcurrencyValue = policy);

    /// <summary>Sets the longest a run may take before it is failed.</summary>
    public PipelineBuilder DagrunTimeout(TimeSpan timeout) => Set(() => DagrunTimeoutValue = timeout);

    /// <summary>Sets retry and timeout settings every task inherits.</summary>
    public PipelineBuilder DefaultArgs(Action<TaskDefaultsBuilder> configure) => Set(() => configure(Defaults));

    /// <summary>Declares a parameter with its default value (a string, number, boolean, null, list or map), readable as <c>{{ params.name }}</c>.</summary>
    public PipelineBuilder Param(string name, object? value) => Set(() => parameters.Add(new(name, value)));

    /// <summary>Adds a task of the given type, configured by <paramref name="configure"/>.</summary>
    public PipelineBuilder Task(string id, string type, Action<TaskBuilder>? configure = null) => Set(() =>
    {
        var task = new TaskBuilder(id, type);
        configure?.Invoke(task);
        tasks.Add(task);
    });

    /// <summary>Validates everything and returns the definition or every problem found; never throws for bad input.</summary>
    public PipelineBuildResult Build(ITaskTypeCatalog? types = null) => new PipelineAssembler(this, types).Assemble();

    private PipelineBuilder Set(Action assign)
    {
        assign();
        return this;
    }
}

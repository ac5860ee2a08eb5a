namespace Osprey.Core.Pipelines;

/// <summary>The names templates may use: run values, <c>params.&lt;name&gt;</c>, and <c>tasks.&lt;id&gt;.outputs.&lt;key&gt;</c> or <c>tasks.&lt;id&gt;.state</c> of upstream tasks.</summary>
public static class TemplateNames
{
    /// <summary>The logical date as <c>yyyy-MM-dd</c> in the pipeline's time zone.</summary>
    public const string Ds = "ds";

    /// <summary>The logical date as <c>yyyyMMdd</c>.</summary>
    public const string DsNoDash = "ds_nodash";

    /// <summary>The logical date (the data interval's start) in ISO 8601 with the pipeline zone's offset.</summary>
    public const string LogicalDate = "logical_date";

    /// <summary>The start of the run's data interval, ISO 8601.</summary>
    public const string DataIntervalStart = "data_interval_start";

    /// <summary>The end of the run's data interval, ISO 8601.</summary>
    public const string DataIntervalEnd = "data_interval_end";

    /// <summary>The run's id.</summary>
    public const string RunId = "run_id";

    /// <summary>The pipeline's name.</summary>
    public const string Pipeline = "pipeline";

    /// <summary>The number of the try being started (1 for the first).</summary>
    public const string TryNumber = "try_number";

    /// <summary>The root of parameter names.</summary>
    public const string Params = "params";

    /// <summary>The root of upstream task values.</summary>
    public const string Tasks = "tasks";

    /// <summary>Gets the names that stand alone (no dotted fields).</summary>
    public static IReadOnlyList<string> RunValues { get; } = [Ds, DsNoDash, LogicalDate, DataIntervalStart, DataIntervalEnd, RunId, Pipeline, TryNumber];
}

using System.Text.Json;
using Osprey.Core.Pipelines.Templates;
using static Osprey.Core.Pipelines.Tasks.SettingKind;

namespace Osprey.Core.Pipelines.Tasks;

/// <summary>The task types every Osprey worker runs, with the settings each accepts (docs/pipelines.md describes them for users).</summary>
public static class BuiltInTaskTypes
{
    private static readonly string[] HttpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"];

    /// <summary>Runs a command with <c>bash -c</c> in a child process of the worker.</summary>
    public static SchemaTaskType Shell { get; } = new("shell", "Runs a command with bash -c; exit code 0 succeeds, 99 skips, anything else fails.", new(
        new SettingField("command", Text, Required: true, "the command line, run with bash -c"),
        new SettingField("env", Map, Description: "extra environment variables"),
        new SettingField("cwd", Text, Description: "the working folder, relative to the worker's"),
        new SettingField("skip_exit_code", WholeNumber, Description: "the exit code that marks the task skipped (default 99)")));

    /// <summary>Calls a URL and checks the status code.</summary>
    public static SchemaTaskType Http { get; } = new("http", "Calls a URL and fails unless the status is expected (any 2xx by default).", new(
        new SettingField("url", Text, Required: true, "the http:// or https:// URL to call"),
        new SettingField("method", Text), new SettingField("headers", Map), new SettingField("body", Any),
        new SettingField("expect_status", Any, Description: "a status code or a list of them")),
        task => CheckMethod(task));

    /// <summary>Sends a message to a webhook (JSON or Slack-compatible) or appends it to a local file.</summary>
    public static SchemaTaskType Notify { get; } = new("notify", "Sends a message to a JSON or Slack-compatible webhook, or appends it to a file.", new(
        new SettingField("to", Any, Required: true, "an http(s) URL, slack+https://... for a Slack webhook, or file:PATH; or a list of them"),
        new SettingField("message", Text, Required: true, "the text to send"),
        new SettingField("title", Text)));

    /// <summary>Pings a URL (for an uptime monitor's heartbeat) when the run gets this far.</summary>
    public static SchemaTaskType Heartbeat { get; } = new("heartbeat", "Pings a URL, such as a heartbeat monitor's, and fails unless it answers 2xx.", new(
        new SettingField("url", Text, Required: true, "the URL to ping"),
        new SettingField("method", Text)),
        task => CheckMethod(task));

    /// <summary>Does nothing and succeeds (for benchmarks and for wiring tests).</summary>
    public static SchemaTaskType Noop { get; } = new("noop", "Does nothing and succeeds, returning its 'outputs' setting as outputs.", new(
        new SettingField("outputs", Map)));

    /// <summary>Checks a CSV file with a check suite (docs/checks.md) and fails if a check fails; warnings only log.</summary>
    public static SchemaTaskType Validate { get; } = new("validate", "Runs a check suite (file or inline checks) on a CSV file and fails if a check fails.", new(
        new SettingField("data", Text, Required: true, "the CSV file to check"),
        new SettingField("suite", Text, Description: "a check suite file (docs/checks.md)"),
        new SettingField("checks", List, Description: "inline checks, as in a suite file's checks: list"),
        new SettingField("data_set", Text, Description: "the data set name in results and the data_quality_score series (default: the file name)"),
        new SettingField("delimiter", Text)));

    /// <summary>Gets every built-in type.</summary>
    public static IReadOnlyList<ITaskType> All { get; } = [Shell, Http, Notify, Heartbeat, Noop, Validate];

    private static IEnumerable<PipelineProblem> CheckMethod(TaskDefinition task)
    {
        if (task.Settings["method"] is TemplatedLiteral { Value.ValueKind: JsonValueKind.String } literal
            && !HttpMethods.Contains(literal.Value.GetString()!.ToUpperInvariant()))
        {
            var field = $"tasks.{task.Id}.with.method";
            yield return new(field, $"{field} must be one of {string.Join(", ", HttpMethods)}, got '{literal.Value.GetString()}'");
        }
    }
}

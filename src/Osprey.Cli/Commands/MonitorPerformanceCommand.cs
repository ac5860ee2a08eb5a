using System.CommandLine;
using System.Text.Json;
using Osprey.Cli.Connections;
using Osprey.Core;
using Osprey.Core.Monitoring.Performance;
using Osprey.Core.Pipelines;
using Osprey.Storage.Sqlite;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey monitor performance --model NAME [--window 7d] [--bucket 1d] [--threshold f1=0.6] [--report perf.html] [--json-out perf.json] [--fail-on-degraded]</c>:
/// scores the model's logged predictions against the ground truth received, records the series, prints a summary and writes the reports; with
/// <c>--server</c> the scoring runs on the server's workspace and the reports are written here from its answer.</summary>
internal static class MonitorPerformanceCommand
{
    /// <summary>The exit code when the verdict is Degraded and <c>--fail-on-degraded</c> was given (the code <c>monitor drift</c> gives drift).</summary>
    public const int DegradedExitCode = 10;

    /// <summary>Builds the subcommand (added to the <c>monitor</c> group).</summary>
    public static Command Build(CommandContext context)
    {
        var model = new Option<string>("--model") { Description = "The registered model whose prediction log is read", Required = true };
        var window = new Option<string>("--window") { Description = "How far back to look (default 7d)", DefaultValueFactory = _ => "7d" };
        var bucket = new Option<string>("--bucket") { Description = "The size of each time bucket (default 1d)", DefaultValueFactory = _ => "1d" };
        var threshold = new Option<string[]>("--threshold") { Description = "metric=value (a floor; a ceiling for rmse, mae) or a failing condition such as 'f1<0.6' (repeat for more)" };
        var version = new Option<int?>("--version") { Description = "Only this version (default every version that served)" };
        var minLabelled = new Option<int>("--min-labelled") { Description = "Labelled predictions a version needs to be judged (default 30)", DefaultValueFactory = _ => PerformanceOptions.DefaultMinLabelled };
        var positive = new Option<string?>("--positive-class") { Description = "The positive class of a binary model (default inferred from the log)" };
        var report = new Option<string?>("--report") { Description = "Write a self-contained HTML report to this file" };
        var jsonOut = new Option<string?>("--json-out") { Description = "Write the report as JSON to this file" };
        var noRecord = new Option<bool>("--no-record") { Description = "Do not record the model_* and prediction_distribution series" };
        var failOnDegraded = new Option<bool>("--fail-on-degraded") { Description = $"Exit with code {DegradedExitCode} when the verdict is Degraded" };
        var command = new Command("performance", "Score a served model's predictions against the ground truth received so far, per version and time bucket")
        {
            model, window, bucket, threshold, version, minLabelled, positive, report, jsonOut, noRecord, failOnDegraded,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new PerformanceOptions(parse.GetRequiredValue(model), Duration(parse.GetValue(window), "--window"), Duration(parse.GetValue(bucket), "--bucket"),
                [.. (parse.GetValue(threshold) ?? []).Select(PerformanceThreshold.Parse)], parse.GetValue(version), parse.GetValue(minLabelled), parse.GetValue(positive));
            var result = await EvaluateAsync(context.Settings(parse), options, !parse.GetValue(noRecord), context.Environment.Clock, ct);
            await WriteFilesAsync(result, parse.GetValue(report), parse.GetValue(jsonOut), ct);
            if (context.IsJson(parse))
            {
                context.Terminal.Line(JsonSerializer.Serialize(result, PerformanceJsonContext.Default.PerformanceReport));
            }
            else
            {
                MonitorPerformanceTable.Write(context.Terminal, result, parse.GetValue(report), parse.GetValue(jsonOut));
            }
            return result.Verdict == PerformanceVerdict.Degraded && parse.GetValue(failOnDegraded) ? DegradedExitCode : ExitCodes.Success;
        });
        return command;
    }

    // With --server the monitor runs on the server's workspace, where the prediction log is; the report comes back as the same JSON.
    private static async Task<PerformanceReport> EvaluateAsync(ConnectionSettings settings, PerformanceOptions options, bool record, TimeProvider clock, CancellationToken ct)
    {
        options.Validate();
        if (settings.IsRemote)
        {
            await using var remote = MonitoringRemote.Open(settings);
            return await remote.PerformanceAsync(options, record, ct);
        }
        var home = new WorkspaceOptions(settings.Home);
        Directory.CreateDirectory(home.Home);
        await using var database = await SqliteStores.OpenAsync(home.DatabasePath, ct);
        await MonitoredModel.RequireKnownAsync(database.Stores.Models, database.Stores.PredictionLog, options.Model, ct);
        var monitor = new PerformanceMonitor(database.Stores, clock);
        var result = await monitor.EvaluateAsync(options, ct);
        if (record)
        {
            await monitor.RecordAsync(result, ct);
        }
        return result;
    }

    private static async Task WriteFilesAsync(PerformanceReport result, string? html, string? json, CancellationToken ct)
    {
        if (html is not null)
        {
            await PerformanceHtmlReport.Build(result).WriteAsync(html, ct);
        }
        if (json is not null)
        {
            if (Path.GetDirectoryName(Path.GetFullPath(json)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }
            await File.WriteAllTextAsync(json, JsonSerializer.Serialize(result, PerformanceJsonContext.Default.PerformanceReport), ct);
        }
    }

    private static TimeSpan Duration(string? text, string option) =>
        DurationText.TryParse(text, out var value) ? value : throw OspreyException.Invalid($"'{option}' must be a duration such as 7d, 12h or 30m, got '{text}'.");
}

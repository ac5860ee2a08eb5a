using System.CommandLine;
using System.Globalization;
using Osprey.Cli.Connections;
using Osprey.Cli.Rendering;
using Osprey.Core;
using Osprey.Core.Monitoring.Drift;
using Osprey.Core.Pipelines;
using Osprey.Storage.Sqlite;
using Spectre.Console;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey monitor drift</c>: compares current data with a reference column by column, prints the verdicts and writes an HTML report and JSON;
/// with <c>--server</c>, a served model's predictions (<c>--current-model</c>) are compared on the server, where they are logged.</summary>
internal static class MonitorDriftCommand
{
    /// <summary>The exit code when dataset drift is detected and <c>--fail-on-drift</c> was given (docs/monitoring.md).</summary>
    public const int DriftDetected = 10;

    /// <summary>Builds the command with its options and action.</summary>
    public static Command Build(CommandContext context)
    {
        var o = new MonitorDriftOptions();
        var command = new Command("drift", "Compare current data with a reference, column by column (Evidently's default tests), and report dataset drift");
        o.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var request = o.Request(parse);
            var settings = context.Settings(parse);
            await using var connection = request.ReferenceModel is null ? null : await context.OpenAsync(parse, ct);
            var result = request.CurrentModel is not null && settings.IsRemote
                ? await RemoteAsync(settings, connection, request, context.Environment.Clock, ct)
                : await LocalAsync(context, settings, connection, request, ct);
            Show(context, parse, result, request);
            return result.DatasetDrift && parse.GetValue(o.FailOnDrift) ? DriftDetected : ExitCodes.Success;
        });
        return command;
    }

    private static async Task<DriftResult> LocalAsync(CommandContext context, ConnectionSettings settings, Connection? connection, DriftRequest request, CancellationToken ct)
    {
        await using var database = request.CurrentModel is null ? null : await SqliteStores.OpenAsync(new WorkspaceOptions(settings.Home).DatabasePath, ct);
        var services = new DriftServices(connection?.Versions, connection?.Runs, connection?.RunArtifacts, database?.Stores.PredictionLog);
        return await WithProgressAsync(context.Terminal, p => new DriftCheck(services, context.Environment.Clock).RunAsync(request, p, ct));
    }

    // The served model's predictions stay on the server: the reference is profiled here, compared there, and the files are written here.
    private static async Task<DriftResult> RemoteAsync(ConnectionSettings settings, Connection? connection, DriftRequest request, TimeProvider clock, CancellationToken ct)
    {
        var references = new DriftCheck(new DriftServices(connection?.Versions, connection?.Runs, connection?.RunArtifacts), clock);
        var reference = await references.ProfileReferenceAsync(request, null, ct);
        if (request.ProfilePath is { } profilePath)
        {
            await File.WriteAllTextAsync(profilePath, reference.ToJson(), ct);
        }
        await using var remote = MonitoringRemote.Open(settings);
        var result = await remote.DriftAsync(reference, request, ct);
        if (request.ReportPath is { } report)
        {
            await DriftReport.Build(result).WriteAsync(report, ct);
        }
        if (request.JsonPath is { } json)
        {
            await File.WriteAllTextAsync(json, DriftJson.Write(result), ct);
        }
        return result;
    }

    private static async Task<DriftResult> WithProgressAsync(Terminal terminal, Func<IProgress<DriftProgress>?, Task<DriftResult>> work)
    {
        if (!terminal.Out.Profile.Capabilities.Interactive)
        {
            return await work(null);
        }
        return await terminal.Out.Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progressContext =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new Learning.CallbackProgress<DriftProgress>(step =>
                {
                    if (!tasks.TryGetValue(step.Side, out var task))
                    {
                        task = tasks[step.Side] = progressContext.AddTask($"Reading {step.Side}", maxValue: Math.Max(1, step.Total));
                    }
                    task.IsIndeterminate = step.Total == 0;
                    task.Value = step.Total == 0 ? 0 : step.Done;
                });
                return await work(progress);
            });
    }

    private static void Show(CommandContext context, ParseResult parse, DriftResult result, DriftRequest request)
    {
        var terminal = context.Terminal;
        if (context.IsJson(parse))
        {
            terminal.Line(DriftJson.Write(result));
            return;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("column", "type", "test", "statistic", "threshold", "verdict");
        foreach (var c in result.Columns.OrderByDescending(c => c.Drifted).ThenBy(c => c.Column, StringComparer.Ordinal))
        {
            var verdict = DriftReport.Verdict(c);
            table.AddRow(DisplayText.Escape(c.Role == "feature" ? c.Column : $"{c.Column} ({c.Role})"),
                c.Type == ColumnType.Numerical ? "num" : "cat", DisplayText.Escape(DriftReport.TestLabel(c.Test)),
                Number(c.Statistic), Number(c.Threshold), c.Drifted ? $"[red]{verdict}[/]" : DisplayText.Escape(verdict));
        }
        terminal.Write(table);
        var headline = string.Create(CultureInfo.InvariantCulture,
            $"Dataset drift: {(result.DatasetDrift ? "DETECTED" : "not detected")} — {result.DriftedColumns} of {result.TestedColumns} columns drifted (share {result.DriftShare:0.###}, threshold {result.DriftShareThreshold:0.###}); reference {result.ReferenceRows:N0} rows, current {result.CurrentRows:N0} rows.");
        terminal.MarkupLine(result.DatasetDrift ? $"[red]{DisplayText.Escape(headline)}[/]" : DisplayText.Escape(headline));
        foreach (var written in new[] { request.ReportPath, request.JsonPath, request.ProfilePath }.OfType<string>())
        {
            terminal.Line($"Wrote {written}");
        }
    }

    private static string Number(double value) => double.IsNaN(value) ? "—"
        : value.ToString(Math.Abs(value) < 1e-4 && value != 0 ? "0.###E+0" : "0.####", CultureInfo.InvariantCulture);
}

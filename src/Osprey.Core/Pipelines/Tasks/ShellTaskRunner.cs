using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Osprey.Core.Pipelines.Tasks;

/// <summary>Runs <c>shell</c> tasks as child processes of the worker with <c>bash -c</c>: output goes to the try's log, outputs come from
/// <c>::output key=value</c> lines and the <c>$OSPREY_OUTPUTS</c> file, and cancelling kills the whole process tree.</summary>
public sealed class ShellTaskRunner : ITaskRunner
{
    /// <summary>The exit code that marks a task skipped unless it sets <c>skip_exit_code</c> (Airflow's BashOperator uses 99 too).</summary>
    public const int DefaultSkipExitCode = 99;

    /// <inheritdoc/>
    public string Type => BuiltInTaskTypes.Shell.Name;

    /// <inheritdoc/>
    public async Task<TaskResult> RunAsync(TaskRun run, CancellationToken ct)
    {
        var settings = run.Settings;
        var command = settings.Text("command");
        var skipCode = settings.OptionalWholeNumber("skip_exit_code") ?? DefaultSkipExitCode;
        var outputsFile = Path.Combine(Path.GetTempPath(), $"osprey-outputs-{Guid.NewGuid():N}.json");
        try
        {
            using var process = Start(run, command, settings.OptionalText("cwd"), settings.TextMap("env"), outputsFile);
            var outputs = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            var lastError = new string?[1];
            var reading = Task.WhenAll(
                PumpAsync(process.StandardOutput, run.Log, line => Collect(line, outputs)),
                PumpAsync(process.StandardError, run.Log, line => lastError[0] = line));
            await WaitAsync(process, run.Log, ct);
            await reading;
            var code = process.ExitCode;
            if (code == 0)
            {
                foreach (var (key, value) in TaskOutputs.ReadFile(outputsFile))
                {
                    outputs[key] = value;
                }
                return TaskResult.Succeeded(outputs);
            }
            return code == skipCode
                ? TaskResult.Skipped($"exit code {code}: the task skipped itself")
                : TaskResult.Failed($"exit code {code.ToString(CultureInfo.InvariantCulture)}{(string.IsNullOrWhiteSpace(lastError[0]) ? "" : $": {lastError[0]!.Trim()}")}");
        }
        finally
        {
            File.Delete(outputsFile);
        }
    }

    private static Process Start(TaskRun run, string command, string? cwd, IReadOnlyDictionary<string, string> env, string outputsFile)
    {
        var dispatch = run.Dispatch;
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = cwd is null ? run.WorkingDirectory : run.ResolvePath(cwd),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        start.Environment["OSPREY_OUTPUTS"] = outputsFile;
        start.Environment["OSPREY_HOME"] = run.Home;
        start.Environment["OSPREY_PIPELINE"] = dispatch.Pipeline;
        start.Environment["OSPREY_RUN_ID"] = dispatch.RunId.Value;
        start.Environment["OSPREY_TASK"] = dispatch.TaskId;
        start.Environment["OSPREY_TRY_NUMBER"] = dispatch.TryNumber.ToString(CultureInfo.InvariantCulture);
        foreach (var (name, value) in env)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        // A task reading its standard input would wait forever; it gets an empty one.
        process.StandardInput.Close();
        run.Log.Note($"started bash -c (pid {process.Id.ToString(CultureInfo.InvariantCulture)}) in {start.WorkingDirectory}");
        return process;
    }

    private static async Task WaitAsync(Process process, TaskLog log, CancellationToken ct)
    {
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            log.Note("killing the process tree");
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited on its own in the meantime.
            }
            await process.WaitForExitAsync(CancellationToken.None);
            throw;
        }
    }

    private static async Task PumpAsync(StreamReader reader, TaskLog log, Action<string> observe)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            log.Line(line);
            observe(line);
        }
    }

    private static void Collect(string line, Dictionary<string, JsonElement> outputs)
    {
        if (TaskOutputs.TryParseLine(line, out var key, out var value))
        {
            lock (outputs)
            {
                outputs[key] = value;
            }
        }
    }
}

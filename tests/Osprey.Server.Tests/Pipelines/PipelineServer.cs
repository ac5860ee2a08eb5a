using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;
using Osprey.Server.Pipelines.Workers;

namespace Osprey.Server.Tests.Pipelines;

/// <summary>A live server over a fresh workspace with pipeline files, plus workers running in this process (each running shell tasks as child processes).</summary>
internal sealed class PipelineServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _workers = [];

    private PipelineServer(LiveServer live)
    {
        Live = live;
        Pipelines = new PipelineService(live.Workspace.Stores, live.Home, TimeProvider.System);
    }

    public LiveServer Live { get; }

    /// <summary>Gets a service over the server's stores, for reading runs (actions go through the server's API).</summary>
    public PipelineService Pipelines { get; }

    public HttpClient Client => Live.Client;

    public string Home => Live.Home;

    /// <summary>Starts a server whose pipelines/ folder holds <paramref name="files"/> (name → YAML).</summary>
    public static async Task<PipelineServer> StartAsync(params (string Name, string Yaml)[] files)
    {
        var live = await LiveServer.StartAsync();
        var server = new PipelineServer(live);
        foreach (var (name, yaml) in files)
        {
            server.WriteFile(name, yaml);
        }
        return server;
    }

    /// <summary>Writes (or replaces) a pipeline file in the workspace's pipelines/ folder.</summary>
    public void WriteFile(string name, string yaml)
    {
        Directory.CreateDirectory(Path.Combine(Home, "pipelines"));
        File.WriteAllText(Path.Combine(Home, "pipelines", name + ".yaml"), yaml);
    }

    /// <summary>Starts a worker in this process with <paramref name="slots"/> slots; returns its options (with its id).</summary>
    public WorkerOptions StartWorker(int slots = 2, string? id = null)
    {
        var options = new WorkerOptions(Live.Server.BaseAddress, Home, slots, Home) { PollWait = TimeSpan.FromSeconds(2) };
        if (id is not null)
        {
            options = options with { WorkerId = id };
        }
        _workers.Add(Task.Run(() => WorkerHost.RunAsync(options, exitWithStdin: false, TextWriter.Null, _stop.Token)));
        return options;
    }

    /// <summary>Waits (a guard of two minutes, not a measurement) until the run has finished, and returns it.</summary>
    public async Task<PipelineRunRecord> WaitForRunAsync(PipelineRunId id, Func<PipelineRunRecord, bool>? until = null)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        until ??= r => r.Status is PipelineRunStatus.Success or PipelineRunStatus.Failed or PipelineRunStatus.Cancelled;
        while (true)
        {
            var run = await Pipelines.GetRunAsync(id, CancellationToken.None);
            if (until(run))
            {
                return run;
            }
            await Task.Delay(20, guard.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_workers);
        await Live.DisposeAsync();
        _stop.Dispose();
    }
}

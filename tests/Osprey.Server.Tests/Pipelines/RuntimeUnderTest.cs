using System.Text.Json;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;
using Osprey.Storage.Sqlite;
using Osprey.TestKit;

namespace Osprey.Server.Tests.Pipelines;

/// <summary>A pipeline runtime over a real SQLite workspace and a fake clock, with helpers that act as a worker through the gateway.</summary>
internal sealed class RuntimeUnderTest : IAsyncDisposable
{
    public static readonly PipelineRuntimeOptions Options = new() { RescanEvery = TimeSpan.FromHours(6) };

    private readonly TempDirectory _home;
    private readonly SqliteWorkspaceDatabase _database;

    private RuntimeUnderTest(TempDirectory home, SqliteWorkspaceDatabase database, ManualTimeProvider clock)
    {
        _home = home;
        _database = database;
        Clock = clock;
        Service = new PipelineService(database.Stores, home.Path, clock);
        Runtime = new PipelineRuntime(Service, Options, clock);
    }

    public ManualTimeProvider Clock { get; }

    public PipelineService Service { get; }

    public PipelineRuntime Runtime { get; private set; }

    public Core.WorkspaceStores Stores => _database.Stores;

    public static async Task<RuntimeUnderTest> CreateAsync(DateTimeOffset now, params (string Name, string Yaml)[] files)
    {
        var home = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(home.Path, "pipelines"));
        foreach (var (name, yaml) in files)
        {
            await File.WriteAllTextAsync(Path.Combine(home.Path, "pipelines", name + ".yaml"), yaml);
        }
        var database = await SqliteStores.OpenAsync(Path.Combine(home.Path, "osprey.db"), CancellationToken.None);
        return new RuntimeUnderTest(home, database, new ManualTimeProvider(now));
    }

    public async Task StartAsync()
    {
        await Runtime.StartAsync(CancellationToken.None);
        await SettleAsync();
    }

    /// <summary>Stops the runtime (as a crash would: nothing is finished on the way out) and builds a new one over the same workspace.</summary>
    public async Task RestartAsync()
    {
        await Runtime.DisposeAsync();
        var service = new PipelineService(_database.Stores, _home.Path, Clock);
        Runtime = new PipelineRuntime(service, Options, Clock);
        await StartAsync();
    }

    /// <summary>Moves the clock, letting the work each timer sets off finish before time moves on.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await SettleAsync();
    }

    /// <summary>Claims every queued try as <paramref name="worker"/>.</summary>
    public async Task<IReadOnlyList<TaskClaim>> ClaimAsync(string worker = "remote-host/1/1")
    {
        var result = await Runtime.Gateway.PollAsync(new WorkerPoll(worker, null, 100, TimeSpan.Zero), CancellationToken.None);
        await SettleAsync();
        return result.Claims;
    }

    /// <summary>Reports a claim's try ended with <paramref name="outcome"/>.</summary>
    public async Task<bool?> CompleteAsync(TaskClaim claim, TaskOutcome outcome, object? outputs = null)
    {
        var values = outputs is null ? null : JsonSerializer.SerializeToElement(outputs).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        var completion = new TryCompletion(claim.Lease.RunId, claim.Lease.TaskId, claim.Lease.TryNumber, claim.Lease.WorkerId, outcome, Clock.GetUtcNow(), values, null, null);
        var result = await Runtime.Gateway.PollAsync(new WorkerPoll(claim.Lease.WorkerId, completion, 0, TimeSpan.Zero), CancellationToken.None);
        await SettleAsync();
        return result.CompletionAccepted;
    }

    public async Task<IReadOnlyList<PipelineRunSummary>> RunsAsync(string pipeline) =>
        await Service.ListRunsAsync(new PipelineRunQuery(pipeline), CancellationToken.None);

    public Task<PipelineRunRecord> RunAsync(PipelineRunId id) => Service.GetRunAsync(id, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Runtime.DisposeAsync();
        await _database.DisposeAsync();
        _home.Dispose();
    }

    private async Task SettleAsync()
    {
        // Work set off by a timer may set a timer that is already due; a few rounds let such chains run out.
        for (var round = 0; round < 4; round++)
        {
            await Runtime.WhenIdleAsync();
            Clock.Advance(TimeSpan.Zero);
        }
        await Runtime.WhenIdleAsync();
    }
}

using Osprey.Core;
using Osprey.Core.Tracking;
using Xunit;

namespace Osprey.TestKit.Contracts;

/// <summary>The base of every store contract suite: how to open the stores, and builders for uniquely named data.</summary>
/// <remarks>A store implementation runs a suite by deriving a sealed class that opens its stores; every test makes its own names,
/// so the stores may be shared by all tests of a class.</remarks>
public abstract class StoreContract
{
    /// <summary>A fixed point in time (Unix milliseconds) the tests count from.</summary>
    protected const long T0 = 1_700_000_000_000;

    /// <summary>Opens (or returns the already open) stores under test.</summary>
    protected abstract Task<WorkspaceStores> OpenStoresAsync();

    /// <summary>Returns a name no other test uses.</summary>
    protected static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>Creates an active experiment with a unique name.</summary>
    protected static Task<ExperimentId> NewExperimentAsync(WorkspaceStores stores, IReadOnlyList<Tag>? tags = null, long now = T0) =>
        stores.Experiments.CreateAsync(Unique("exp"), "file:///artifacts/{id}", tags ?? [], now, CancellationToken.None);

    /// <summary>Creates a run and returns its id.</summary>
    protected static async Task<RunId> NewRunAsync(
        WorkspaceStores stores, ExperimentId experiment, long startTime = T0, string? name = null, IReadOnlyList<Tag>? tags = null)
    {
        var id = RunId.New();
        await stores.Runs.CreateAsync(
            new NewRun(id, experiment, name ?? Unique("run"), "tester", startTime, $"file:///artifacts/{experiment}/{id}", tags ?? []),
            CancellationToken.None);
        return id;
    }

    /// <summary>Logs metrics to a run.</summary>
    protected static Task LogMetricsAsync(WorkspaceStores stores, RunId run, params Metric[] metrics) =>
        stores.Runs.LogBatchAsync(run, new RunBatch(metrics, [], []), CancellationToken.None);

    /// <summary>Asserts that an action fails with an <see cref="OspreyException"/> of the given code and returns it.</summary>
    protected static async Task<OspreyException> AssertFailsAsync(ErrorCode code, Func<Task> action)
    {
        var failure = await Assert.ThrowsAsync<OspreyException>(action);
        Assert.Equal(code, failure.Code);
        return failure;
    }
}

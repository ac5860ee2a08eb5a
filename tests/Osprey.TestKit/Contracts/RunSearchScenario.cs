using Osprey.Core;
using Osprey.Core.Tracking;

namespace Osprey.TestKit.Contracts;

/// <summary>Five runs with known metrics, params, tags, inputs and attributes in a fresh experiment, for search tests.</summary>
/// <remarks>
/// Start times make the default order A, B, C, D (newest first); E is deleted.
/// <code>
///      acc   loss  model   team  note    status    end    name         inputs
///   A  0.9   0.1   gbdt    ds    Grüße   FINISHED  +50    alpha-Run    churn/d1 (training)
///   B  0.7   NaN   linear  ml            RUNNING   -      beta-run     churn/d2 (eval)
///   C  0.7   0.5   GBDT    DS            FAILED    +30    gamma        -
///   D  -     0.3   -       -             KILLED    -      delta_*?[x]  -
///   E  0.95  -     gbdt    ds            RUNNING   -      epsilon      -        (deleted)
/// </code>
/// </remarks>
public sealed record RunSearchScenario(ExperimentId Experiment, RunId A, RunId B, RunId C, RunId D, RunId E)
{
    /// <summary>The start time of run A; B, C, D and E started 1, 2, 3 and 4 ms earlier.</summary>
    public const long Start = 1_700_000_000_005;

    /// <summary>Creates the scenario's experiment and runs.</summary>
    public static async Task<RunSearchScenario> CreateAsync(WorkspaceStores stores)
    {
        var none = CancellationToken.None;
        var experiment = await stores.Experiments.CreateAsync($"search-{Guid.NewGuid():N}", "file:///a/{id}", [], Start, none);
        var a = await RunAsync(stores, experiment, Start, "alpha-Run", [M("acc", 0.9), M("loss", 0.1)], [P("model", "gbdt"), P("depth", "6")],
            [new Tag("team", "ds"), new Tag("note", "Grüße")]);
        var b = await RunAsync(stores, experiment, Start - 1, "beta-run", [M("acc", 0.7), M("loss", double.NaN)], [P("model", "linear")], [new Tag("team", "ml")]);
        var c = await RunAsync(stores, experiment, Start - 2, "gamma", [M("acc", 0.7), M("loss", 0.5)], [P("model", "GBDT")], [new Tag("team", "DS")]);
        var d = await RunAsync(stores, experiment, Start - 3, "delta_*?[x]", [M("loss", 0.3)], [], []);
        var e = await RunAsync(stores, experiment, Start - 4, "epsilon", [M("acc", 0.95)], [P("model", "gbdt")], [new Tag("team", "ds")]);
        await stores.Runs.UpdateAsync(a, new RunUpdate(RunStatus.Finished, Start + 50, null), none);
        await stores.Runs.UpdateAsync(c, new RunUpdate(RunStatus.Failed, Start + 30, null), none);
        await stores.Runs.UpdateAsync(d, new RunUpdate(RunStatus.Killed, null, null), none);
        await stores.Runs.SetLifecycleStageAsync(e, LifecycleStage.Deleted, none);
        var churn = new Dataset("churn", "d1", "local", "file:///churn.csv", null, null);
        await stores.Runs.LogInputsAsync(a, [new DatasetInput(churn, [new Tag("mlflow.data.context", "training")])], none);
        await stores.Runs.LogInputsAsync(b, [new DatasetInput(churn with { Digest = "d2" }, [new Tag("mlflow.data.context", "eval")])], none);
        return new RunSearchScenario(experiment, a, b, c, d, e);
    }

    private static async Task<RunId> RunAsync(WorkspaceStores stores, ExperimentId experiment, long start, string name,
        Metric[] metrics, Param[] parameters, Tag[] tags)
    {
        var id = RunId.New();
        await stores.Runs.CreateAsync(new NewRun(id, experiment, name, "tester", start, $"file:///a/{experiment}/{id}", []), CancellationToken.None);
        await stores.Runs.LogBatchAsync(id, new RunBatch(metrics, parameters, tags), CancellationToken.None);
        return id;
    }

    private static Metric M(string key, double value) => new(key, value, Start, 0);

    private static Param P(string key, string value) => new(key, value);
}

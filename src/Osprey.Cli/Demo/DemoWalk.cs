using System.Globalization;
using System.Text;
using Osprey.Cli.Connections;
using Osprey.Core;
using Osprey.Core.Tracking;

namespace Osprey.Cli.Demo;

/// <summary>The scripted walk behind <c>osprey demo</c>: one experiment, a trained run with a metric curve and a model file, a registered version, an alias and a stage.</summary>
/// <remarks>Every round adds a run and a version and moves <c>@champion</c>, so a second round leaves history to show and roll back.</remarks>
internal sealed class DemoWalk(Connection connection, TimeProvider clock)
{
    /// <summary>The demo's experiment name.</summary>
    public const string ExperimentName = "demo";

    /// <summary>The demo's registered model name.</summary>
    public const string ModelName = "demo-model";

    /// <summary>The alias each round moves to its new version.</summary>
    public const string ChampionAlias = "champion";

    private const string ArtifactFolder = "model";
    private const long MaxModelBytes = 1024 * 1024;

    /// <summary>Runs one round, reporting each step to <paramref name="progress"/> before doing it and each logged loss value to <paramref name="onStepLogged"/> (step, total).</summary>
    public async Task<DemoResult> RunAsync(Action<string> progress, Action<int, int> onStepLogged, CancellationToken ct)
    {
        progress($"Finding or creating experiment '{ExperimentName}'");
        var experimentId = await EnsureExperimentAsync(ct);
        var previous = await connection.Runs.SearchAsync(new RunSearchRequest([experimentId], MaxResults: 1), ct);
        var round = (int)await connection.Runs.CountAsync(new RunSearchRequest([experimentId], ViewType: ViewType.All), ct) + 1;
        var training = DemoTraining.ForRound(round);

        progress("Starting a run");
        var run = await connection.Runs.CreateAsync(new CreateRunRequest(experimentId,
            RunName: $"demo-train-{round}", Tags: [new Tag("osprey.demo.round", Invariant(round))]), ct);
        var runId = run.Info.RunId.Value;
        var parameters = new Dictionary<string, string>
        {
            ["model"] = "logistic_regression",
            ["learning_rate"] = Invariant(training.LearningRate),
            ["l2"] = Invariant(training.L2),
            ["epochs"] = Invariant(training.Epochs),
        };
        await connection.Runs.LogBatchAsync(runId, new RunBatch([], parameters.Select(p => new Param(p.Key, p.Value)).ToList(), []), ct);
        await connection.Runs.LogInputsAsync(runId, [DataSetInput()], ct);

        progress($"Training: logging the loss curve over {training.Epochs} steps");
        var model = await TrainAsync(runId, training, onStepLogged, ct);

        progress("Uploading the model file");
        var artifactPath = $"{ArtifactFolder}/model.json";
        await using (var content = new MemoryStream(Encoding.UTF8.GetBytes(training.ToModelJson(model))))
        {
            await connection.RunArtifacts.WriteAsync(runId, artifactPath, content, MaxModelBytes, ct);
        }
        await connection.Runs.UpdateAsync(runId, new RunUpdate(RunStatus.Finished, Now(), null), ct);

        progress($"Registering '{ModelName}' from the run's model folder");
        var source = $"{run.Info.ArtifactUri.TrimEnd('/')}/{ArtifactFolder}";
        var version = await RegisterAsync(source, runId, round, ct);
        var champion = await PreviousChampionAsync(ct);
        progress($"Pointing @{ChampionAlias} at v{version} and promoting it to Production");
        var reason = $"osprey demo round {round}: log loss {model.Loss:0.0000}";
        await connection.Aliases.SetAsync(ModelName, ChampionAlias, Invariant(version), reason, ct);
        await connection.Versions.TransitionStageAsync(ModelName, Invariant(version), "Production", true, reason, ct);

        return new DemoResult(experimentId, ExperimentName, round, runId, run.Info.RunName, parameters, model.Loss, model.Accuracy,
            artifactPath, ModelName, version, source, champion, previous.Items.Count > 0 ? previous.Items[0].Info.RunId.Value : null);
    }

    private async Task<DemoModel> TrainAsync(string runId, DemoTraining training, Action<int, int> onStepLogged, CancellationToken ct)
    {
        // The latest value of a metric is the one with the latest timestamp, so each step gets its own millisecond.
        var start = Now();
        var losses = new List<Metric>();
        var model = training.Train((epoch, loss) => losses.Add(new Metric("loss", loss, start + epoch, epoch)));
        // Logged one step at a time, as a training loop would, so the progress shows the curve arriving.
        foreach (var point in losses)
        {
            await connection.Runs.LogBatchAsync(runId, new RunBatch([point], [], []), ct);
            onStepLogged((int)point.Step + 1, training.Epochs);
        }
        var end = start + training.Epochs;
        var finals = new List<Metric> { new("accuracy", model.Accuracy, end, training.Epochs - 1), new("final_loss", model.Loss, end, training.Epochs - 1) };
        await connection.Runs.LogBatchAsync(runId, new RunBatch(finals, [], []), ct);
        return model;
    }

    private async Task<string> EnsureExperimentAsync(CancellationToken ct)
    {
        try
        {
            var existing = await connection.Experiments.GetByNameAsync(ExperimentName, ct);
            if (existing.LifecycleStage == LifecycleStage.Deleted)
            {
                await connection.Experiments.RestoreAsync(existing.Id.ToString(), ct);
            }
            return existing.Id.ToString();
        }
        catch (OspreyException failure) when (failure.Code == ErrorCode.NotFound)
        {
            return (await connection.Experiments.CreateAsync(ExperimentName, null, null, ct)).ToString();
        }
    }

    private async Task<int> RegisterAsync(string source, string runId, int round, CancellationToken ct)
    {
        try
        {
            await connection.Models.GetAsync(ModelName, ct);
        }
        catch (OspreyException failure) when (failure.Code == ErrorCode.NotFound)
        {
            await connection.Models.CreateAsync(ModelName, "A logistic regression trained by 'osprey demo'.", null, ct);
        }
        var version = await connection.Versions.CreateAsync(ModelName, source, runId, $"Demo round {round}", null, ct);
        return version.Version;
    }

    private async Task<int?> PreviousChampionAsync(CancellationToken ct)
    {
        try
        {
            return (await connection.Aliases.GetVersionAsync(ModelName, ChampionAlias, ct)).Version;
        }
        catch (OspreyException failure) when (failure.Code == ErrorCode.NotFound)
        {
            return null;
        }
    }

    private static DatasetInput DataSetInput() => new(
        new Dataset("demo-points", DemoTraining.PointsDigest, "code", "osprey demo generator",
            """{"mlflow_colspec": [{"name": "x1", "type": "double"}, {"name": "x2", "type": "double"}, {"name": "label", "type": "long"}]}""",
            $$"""{"num_rows": {{DemoTraining.Points.Count}}}"""),
        [new Tag("mlflow.data.context", "training")]);

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    private static string Invariant<T>(T value) where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);
}

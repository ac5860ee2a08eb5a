namespace Osprey.Cli.Remote;

/// <summary>The server paths the remote services call: MLflow's REST API, its artifact proxy, and Osprey's additions.</summary>
internal static class RemotePaths
{
    private const string Mlflow = "api/2.0/mlflow/";
    private const string Osprey = "api/osprey/";

    /// <summary>The proxied artifact files, followed by the path relative to the artifact root.</summary>
    public const string ArtifactFiles = "api/2.0/mlflow-artifacts/artifacts/";

    public const string CreateExperiment = Mlflow + "experiments/create";
    public const string GetExperiment = Mlflow + "experiments/get";
    public const string GetExperimentByName = Mlflow + "experiments/get-by-name";
    public const string SearchExperiments = Mlflow + "experiments/search";
    public const string UpdateExperiment = Mlflow + "experiments/update";
    public const string DeleteExperiment = Mlflow + "experiments/delete";
    public const string RestoreExperiment = Mlflow + "experiments/restore";
    public const string SetExperimentTag = Mlflow + "experiments/set-experiment-tag";
    public const string DeleteExperimentTag = Mlflow + "experiments/delete-experiment-tag";

    public const string CreateRun = Mlflow + "runs/create";
    public const string GetRun = Mlflow + "runs/get";
    public const string UpdateRun = Mlflow + "runs/update";
    public const string DeleteRun = Mlflow + "runs/delete";
    public const string RestoreRun = Mlflow + "runs/restore";
    public const string LogBatch = Mlflow + "runs/log-batch";
    public const string DeleteRunTag = Mlflow + "runs/delete-tag";
    public const string LogInputs = Mlflow + "runs/log-inputs";
    public const string MetricHistory = Mlflow + "metrics/get-history";
    public const string ListArtifacts = Mlflow + "artifacts/list";

    /// <summary>Osprey's run search: the full filter language (OR, parentheses, IN on any field) and count-only.</summary>
    public const string SearchRuns = Osprey + "runs/search";

    public const string CreateModel = Mlflow + "registered-models/create";
    public const string GetModel = Mlflow + "registered-models/get";
    public const string SearchModels = Mlflow + "registered-models/search";
    public const string RenameModel = Mlflow + "registered-models/rename";
    public const string UpdateModel = Mlflow + "registered-models/update";
    public const string DeleteModel = Mlflow + "registered-models/delete";
    public const string SetModelTag = Mlflow + "registered-models/set-tag";
    public const string DeleteModelTag = Mlflow + "registered-models/delete-tag";
    public const string LatestVersions = Mlflow + "registered-models/get-latest-versions";
    public const string GetByAlias = Mlflow + "registered-models/alias";

    public const string CreateVersion = Mlflow + "model-versions/create";
    public const string GetVersion = Mlflow + "model-versions/get";
    public const string SearchVersions = Mlflow + "model-versions/search";
    public const string UpdateVersion = Mlflow + "model-versions/update";
    public const string DeleteVersion = Mlflow + "model-versions/delete";
    public const string SetVersionTag = Mlflow + "model-versions/set-tag";
    public const string DeleteVersionTag = Mlflow + "model-versions/delete-tag";
    public const string DownloadUri = Mlflow + "model-versions/get-download-uri";

    /// <summary>Osprey's stage transition, which also records a reason in the model's history.</summary>
    public const string TransitionStage = Osprey + "model-versions/transition-stage";
    public const string Lineage = Osprey + "model-versions/lineage";
    public const string Resolve = Osprey + "models/resolve";

    /// <summary>Osprey's alias set (POST) and delete (DELETE), which also record a reason.</summary>
    public const string Alias = Osprey + "registered-models/alias";
    public const string AliasRollback = Osprey + "registered-models/alias/rollback";
    public const string AliasAt = Osprey + "registered-models/alias/at";
    public const string History = Osprey + "registered-models/history";
}

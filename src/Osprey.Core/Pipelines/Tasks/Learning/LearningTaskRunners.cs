namespace Osprey.Core.Pipelines.Tasks.Learning;

/// <summary>Creates the runners of the learning task types, all reading their services from one source.</summary>
public static class LearningTaskRunners
{
    /// <summary>Creates train, evaluate, register, promote and batch_predict runners.</summary>
    public static IReadOnlyList<ITaskRunner> Create(JobServicesSource services) =>
    [
        new TrainTaskRunner(services), new EvaluateTaskRunner(services), new RegisterTaskRunner(services),
        new PromoteTaskRunner(services), new BatchPredictTaskRunner(services),
    ];
}

using Osprey.Core.Pipelines;

namespace Osprey.Core.Tests.Pipelines.Runs;

/// <summary>Builds small pipelines for run tests with the C# builder.</summary>
internal static class Pipelines
{
    public static PipelineDefinition Build(Action<PipelineBuilder> configure)
    {
        var builder = new PipelineBuilder("test");
        configure(builder);
        return builder.Build().ValueOrThrow();
    }

    /// <summary>A → B → C.</summary>
    public static PipelineDefinition Chain(Action<TaskBuilder>? each = null) => Build(p => p
        .Task("a", "shell", t => each?.Invoke(t))
        .Task("b", "shell", t =>
        {
            t.DependsOn("a");
            each?.Invoke(t);
        })
        .Task("c", "shell", t =>
        {
            t.DependsOn("b");
            each?.Invoke(t);
        }));
}

using Osprey.Core.Pipelines.Yaml;
using Osprey.Core.Tests.Pipelines.Yaml;
using Xunit;

namespace Osprey.Core.Tests.Pipelines;

public sealed class DocsExampleTests
{
    [Fact]
    public void PipelinesDoc_FirstYamlExample_Loads()
    {
        var doc = File.ReadAllText(Path.Combine(PipelineYamlLoaderTests.RepositoryRoot(), "docs", "pipelines.md"));
        var start = doc.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var yaml = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];

        var result = PipelineYamlLoader.Load("pipelines.md", yaml);

        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal(["train", "evaluate", "gate", "register", "notify_failure", "report"], result.Definition!.Tasks.Select(t => t.Id));
    }
}

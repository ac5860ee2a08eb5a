using Osprey.Core.Pipelines.Tasks.Learning;
using Osprey.Core.Pipelines.Yaml;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Triggers;

/// <summary>The performance_check type is in the catalog and its settings, thresholds and retrain block are checked at load time.</summary>
public sealed class PerformanceCheckTaskTypeTests
{
    [Fact]
    public void Load_ValidPerformanceCheck_Succeeds()
    {
        var result = PipelineYamlLoader.Load("p.yaml", """
            tasks:
              check:
                type: performance_check
                with:
                  model: churn-model
                  window: 7d
                  bucket: 1d
                  thresholds: { f1: 0.6, roc_auc: 0.7 }
                  retrain: { pipeline: churn, cooldown: 24h }
              check_list:
                type: performance_check
                with: { model: churn-model, thresholds: ["f1 < 0.6", "rmse > 2"] }
            """, LearningTaskTypes.Catalog);

        Assert.True(result.Success, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Load_UnknownMetricInThresholds_ReportsTheField()
    {
        var result = PipelineYamlLoader.Load("p.yaml", """
            tasks:
              check:
                type: performance_check
                with: { model: churn-model, thresholds: { loss: 0.6 } }
            """, LearningTaskTypes.Catalog);

        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.ToString().Contains("tasks.check.with.thresholds", StringComparison.Ordinal)
            && e.ToString().Contains("loss", StringComparison.Ordinal));
    }
}

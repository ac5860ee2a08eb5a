using Osprey.Core.Pipelines;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Scheduling;
using Xunit;

namespace Osprey.Core.Tests.Pipelines.Runs;

public sealed class TemplatedOutputsTests
{
    [Fact]
    public void Dispatch_RendersUpstreamOutputsRunValuesAndParams()
    {
        var definition = Pipelines.Build(p => p
            .TimeZone("Europe/Berlin")
            .Param("model", "churn")
            .Param("margin", 0.005)
            .Task("train", "train")
            .Task("register", "register", t => t.DependsOn("train"))
            .Task("promote", "promote", t => t.DependsOn("register")
                .With("version", "{{ tasks.register.outputs.version }}")
                .With("margin", "{{ params.margin }}")
                .With("uri", "models:/{{ params.model }}/{{ tasks.register.outputs.version }}")
                .With("path", "predictions/{{ pipeline }}/{{ ds }}/{{ ds_nodash }}-try{{ try_number }}")
                .With("metrics", "{{ tasks.train.outputs.metrics }}")
                .With("interval", new[] { "{{ data_interval_start }}", "{{ data_interval_end }}" })));
        var start = new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero);
        var context = RunContext.Create(definition, new PipelineRunId("run-1"), RunKind.Scheduled, new DataInterval(start, start.AddDays(1)));
        var run = new RunDriver(definition, context: context);

        run.Succeed("train", new { metrics = new { f1 = 0.81, auc = 0.9 } });
        var step = run.Succeed("register", new { version = 7 });

        var settings = step.Dispatches.Single().Settings;
        Assert.Equal(7, settings.GetProperty("version").GetInt32());
        Assert.Equal(0.005, settings.GetProperty("margin").GetDouble());
        Assert.Equal("models:/churn/7", settings.GetProperty("uri").GetString());
        Assert.Equal("predictions/test/2026-03-29/20260329-try1", settings.GetProperty("path").GetString());
        Assert.Equal("""{"f1":0.81,"auc":0.9}""", settings.GetProperty("metrics").GetRawText());
        Assert.Equal("""["2026-03-29T00:00:00+01:00","2026-03-30T01:00:00+02:00"]""", settings.GetProperty("interval").GetRawText());
    }

    [Fact]
    public void Dispatch_MissingOutput_FailsTheTaskForGoodWithTheReason()
    {
        var definition = Pipelines.Build(p => p
            .Task("register", "register")
            .Task("promote", "promote", t => t.DependsOn("register").Retries(2).With("version", "{{ tasks.register.outputs.version }}")));
        var run = new RunDriver(definition);

        run.Succeed("register", new { model = "churn" });

        Assert.Equal(TaskState.Failed, run.StateOf("promote"));
        Assert.Equal(
            "could not render settings: tasks.promote.with.version: {{ tasks.register.outputs.version }} has no value: task register has no output 'version' (it has model)",
            run["promote"].Message);
    }

    [Fact]
    public void Dispatch_SkippedUpstreamUnderAllDone_ExplainsWhyOutputIsMissing()
    {
        var definition = Pipelines.Build(p => p
            .Task("train", "train", t => t.When("false"))
            .Task("report", "notify", t => t.DependsOn("train").TriggerRule(TriggerRule.AllDone).With("text", "f1={{ tasks.train.outputs.f1 }}")));

        var run = new RunDriver(definition);

        Assert.Equal(TaskState.Failed, run.StateOf("report"));
        Assert.EndsWith("has no value: task train has no outputs because it is skipped", run["report"].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunContext_ParamOverride_ReplacesDefaultAndRejectsUnknown()
    {
        var definition = Pipelines.Build(p => p.Param("threshold", 0.7).Task("a", "shell", t => t.With("t", "{{ params.threshold }}")));
        var overrides = RunDriver.Outputs(new { threshold = 0.8 });
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var context = RunContext.Create(definition, new PipelineRunId("r"), RunKind.Manual, new DataInterval(now, now), overrides);
        var run = new RunDriver(definition, context: context);

        Assert.Equal(0.8, run.Last.Dispatches.Single().Settings.GetProperty("t").GetDouble());
        var error = Assert.Throws<OspreyException>(() =>
            RunContext.Create(definition, new PipelineRunId("r"), RunKind.Manual, new DataInterval(now, now), RunDriver.Outputs(new { thresold = 1 })));
        Assert.Equal("Pipeline 'test' has no parameter 'thresold'; it declares threshold.", error.Message);
    }
}

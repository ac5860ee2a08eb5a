using Osprey.Core.Pipelines;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Yaml;
using Osprey.Core.Tests.Pipelines.Yaml;
using Xunit;

namespace Osprey.Core.Tests.Pipelines;

public sealed class PipelineBuilderTests
{
    [Fact]
    public void Build_SameAsYaml_GivesTheSameDefinition()
    {
        var fromYaml = PipelineYamlLoaderTests.Load("""
            name: same
            schedule: "30 2 * * 1-5"
            timezone: Europe/Berlin
            start_date: 2026-01-01
            catchup: true
            max_active_runs: 3
            dagrun_timeout: 90m
            default_args: { retries: 2, retry_delay: 1m }
            params: { threshold: 0.7, columns: [a, b] }
            tasks:
              a: { type: shell, with: { command: "echo {{ ds }}" } }
              b: { type: shell, depends_on: a, retries: 0, trigger_rule: all_done, when: "{{ params.threshold > 0.5 }}" }
            """).ValueOrThrow();

        var fromCode = new PipelineBuilder("same")
            .Schedule("30 2 * * 1-5", "Europe/Berlin").StartDate("2026-01-01").Catchup().MaxActiveRuns(3).DagrunTimeout(TimeSpan.FromMinutes(90))
            .DefaultArgs(d => d.Retries(2).RetryDelay(TimeSpan.FromMinutes(1)))
            .Param("threshold", 0.7).Param("columns", new[] { "a", "b" })
            .Task("a", "shell", t => t.With("command", "echo {{ ds }}"))
            .Task("b", "shell", t => t.DependsOn("a").Retries(0).TriggerRule(TriggerRule.AllDone).When("{{ params.threshold > 0.5 }}"))
            .Build().ValueOrThrow();

        Assert.Equal(Describe(fromYaml), Describe(fromCode));
        Assert.Equal(DateTimeOffset.Parse("2026-01-01T00:00:00+01:00"), fromCode.StartDate);
    }

    [Fact]
    public void Build_CollectsEveryProblemAtOnce()
    {
        var result = new PipelineBuilder("many")
            .Schedule("nope").TimeZone("Mars/Olympus").MaxActiveRuns(2).Concurrency(ConcurrencyPolicy.Forbid)
            .DefaultArgs(d => d.Jitter(-1))
            .Param("bad name", 1).Param("tpl", "{{ ds }}")
            .Task("a", "shell", t => t.DependsOn("a"))
            .Task("a", "shell")
            .Build();

        Assert.False(result.Success);
        Assert.Equal(
            ["timezone", "schedule", "max_active_runs", "default_args.jitter", "params.bad name", "params.tpl", "tasks.a", "tasks.a.depends_on[0]"],
            result.Problems.Select(p => p.Field));
        var error = Assert.Throws<OspreyException>(result.ValueOrThrow);
        Assert.Contains("max_active_runs must be 1 (or left out) with concurrency: forbid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BranchChoosingNonChild_IsRejected()
    {
        var result = new PipelineBuilder("branch")
            .Task("gate", "branch", t => t.Choose("true", "a", "far").Otherwise("b"))
            .Task("a", "shell", t => t.DependsOn("gate"))
            .Task("b", "shell", t => t.DependsOn("gate"))
            .Task("far", "shell", t => t.DependsOn("a"))
            .Build();

        var problem = Assert.Single(result.Problems);
        Assert.Equal("tasks.gate.choose[0].run[1]", problem.Field);
        Assert.Equal("tasks.gate.choose[0].run names 'far', which does not depend on gate; a branch chooses among its direct children (a, b)", problem.Message);
    }

    [Fact]
    public void Build_WithTaskTypeCatalog_RejectsUnknownTypesAndAsksTypesToValidate()
    {
        var catalog = new FakeCatalog();

        var result = new PipelineBuilder("typed")
            .Task("a", "shel")
            .Task("b", "shell", t => t.With("command", ""))
            .Build(catalog);

        Assert.Equal(["tasks.a.type"], result.Problems.Select(p => p.Field));
        Assert.Contains("'shel' is not a known task type (did you mean 'shell'?); known types: branch, http, shell", result.Problems[0].Message, StringComparison.Ordinal);

        var second = new PipelineBuilder("typed").Task("b", "shell", t => t.With("command", "")).Build(catalog);
        Assert.Equal("tasks.b.with.command must not be empty", Assert.Single(second.Problems).Message);
    }

    [Fact]
    public void NewPipelineRun_Started_CarriesInstancesAndDispatches()
    {
        var definition = new PipelineBuilder("p").Task("a", "shell").Task("b", "shell", t => t.DependsOn("a")).Build().ValueOrThrow();
        var now = DateTimeOffset.Parse("2026-03-10T02:00:00Z");
        var context = RunContext.Create(definition, new PipelineRunId("r1"), RunKind.Scheduled, new(now.AddDays(-1), now));

        var created = NewPipelineRun.Started(PipelineRunState.Start(definition, context, now), "digest", now);

        Assert.Equal(PipelineRunStatus.Running, created.Status);
        Assert.Equal(["a"], created.Dispatches.Select(d => d.TaskId));
        Assert.Equal([TaskState.Queued, TaskState.None], created.Tasks.Select(t => t.State));
        Assert.Equal(now, created.ScheduledThrough);
    }

    private static string Describe(PipelineDefinition d) => string.Join("\n",
        [
            $"{d.Name} {d.Schedule?.Expression.Text} {d.TimeZone.Id} {d.StartDate:O} {d.Catchup} {d.MaxActiveRuns} {d.Concurrency} {d.DagrunTimeout}",
            string.Join(",", d.Params.Select(p => $"{p.Key}={p.Value.GetRawText()}")),
            .. d.Tasks.Select(t => $"{t.Id} {t.Type} [{string.Join(",", t.DependsOn)}] {t.TriggerRule} {t.When?.Text} {t.Retry} {t.ExecutionTimeout} " +
                string.Join(",", t.Settings.Sites("with").Select(s => $"{s.Field}={s.Template.Text}"))),
        ]);

    private sealed class FakeCatalog : ITaskTypeCatalog
    {
        public IReadOnlyCollection<string> Types { get; } = ["shell", "http"];

        public IEnumerable<PipelineProblem> Validate(TaskDefinition task)
        {
            if (task.Type == "shell" && task.Settings["command"] is Osprey.Core.Pipelines.Templates.TemplatedLiteral { Value.ValueKind: System.Text.Json.JsonValueKind.String } literal
                && literal.Value.GetString() == "")
            {
                yield return new PipelineProblem($"tasks.{task.Id}.with.command", $"tasks.{task.Id}.with.command must not be empty");
            }
        }
    }
}

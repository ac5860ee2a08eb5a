using Osprey.Core.Pipelines;
using Osprey.Core.Pipelines.Yaml;
using Xunit;

namespace Osprey.Core.Tests.Pipelines.Yaml;

public sealed class PipelineYamlLoaderTests
{
    [Fact]
    public void Load_ChurnExample_BuildsTheWholePipeline()
    {
        var definition = PipelineYamlLoader.LoadFile(ChurnExamplePath()).ValueOrThrow();

        Assert.Equal("churn", definition.Name);
        Assert.Equal("0 2 * * *", definition.Schedule!.Expression.Text);
        Assert.Equal(ConcurrencyPolicy.Forbid, definition.Concurrency);
        Assert.Equal(1, definition.MaxActiveRuns);
        Assert.Equal(TimeSpan.FromHours(2), definition.DagrunTimeout);
        Assert.Equal(["validate"], definition.Roots.Select(t => t.Id));
        Assert.Equal(["notify", "notify_failure"], definition.Leaves.Select(t => t.Id).Order());
        Assert.Equal(new RetryPolicy(2, TimeSpan.FromMinutes(10), true, TimeSpan.FromHours(1), 0.1), definition["train_gbdt"].Retry);
        Assert.Equal(TimeSpan.FromMinutes(30), definition["batch_predict"].ExecutionTimeout);
        Assert.Equal(["register"], definition["gate"].Branch!.Choices[0].Run);
        Assert.Equal(["notify_failure"], definition["gate"].Branch!.Otherwise);
        Assert.Equal(0.7, definition.Params["f1_threshold"].GetDouble());
    }

    [Fact]
    public void Load_TasksOutOfOrder_ListsEachAfterItsParents()
    {
        var definition = Load("""
            name: order
            tasks:
              c: { type: shell, depends_on: [a, b] }
              b: { type: shell, depends_on: a }
              a: { type: shell }
              d: { type: shell }
            """).ValueOrThrow();

        Assert.Equal(["a", "b", "c", "d"], definition.Tasks.Select(t => t.Id));
        Assert.Equal(["b", "c"], definition["a"].Children);
        Assert.Equal(new HashSet<string> { "a", "b" }, definition["c"].Ancestors);
    }

    [Fact]
    public void Load_RetriesNotANumber_NamesFileLineColumnAndField()
    {
        var result = Load("""
            name: churn
            tasks:
              train:
                type: train
                retries: two
            """, "churn.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal("churn.yaml:5:14: tasks.train.retries must be a whole number ≥ 0, got 'two'", error.ToString());
    }

    [Fact]
    public void Load_Cycle_NamesTheCyclePath()
    {
        var result = Load("""
            name: loop
            tasks:
              a: { type: shell }
              b: { type: shell, depends_on: [a, d] }
              c: { type: shell, depends_on: b }
              d: { type: shell, depends_on: c }
            """);

        var error = Assert.Single(result.Errors);
        Assert.Contains("tasks form a cycle (each runs after the one before it): ", error.Message, StringComparison.Ordinal);
        Assert.Contains("b → c → d → b", error.Message.Replace("d → b → c → d", "b → c → d → b", StringComparison.Ordinal)
            .Replace("c → d → b → c", "b → c → d → b", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.NotNull(error.Mark);
    }

    [Fact]
    public void Load_UnknownDependency_SuggestsTheClosestTask()
    {
        var result = Load("""
            name: deps
            tasks:
              validate: { type: shell }
              train:
                type: shell
                depends_on: [validat]
            """, "deps.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal("deps.yaml:6:18: tasks.train.depends_on names 'validat', which is not a task of this pipeline (did you mean 'validate'?)", error.ToString());
    }

    [Fact]
    public void Load_DuplicateTaskId_PointsAtTheSecond()
    {
        var result = Load("""
            name: dup
            tasks:
              train: { type: shell }
              train: { type: shell }
            """, "dup.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal("dup.yaml:4:3: 'train' appears twice in the same map (first at line 3)", error.ToString());
    }

    [Fact]
    public void Load_BadCron_PointsInsideTheExpression()
    {
        var result = Load("""
            name: cron
            schedule: "0 25 * * *"
            tasks:
              a: { type: shell }
            """, "cron.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal("cron.yaml:2:14: schedule is not a valid cron expression: the hour field takes numbers 0-23, got '25'", error.ToString());
    }

    [Fact]
    public void Load_BadTemplate_PointsInsideTheString()
    {
        var result = Load("""
            name: tpl
            tasks:
              a:
                type: shell
                with:
                  command: "echo {{ ds ds }}"
            """, "tpl.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal(6, error.Mark!.Value.Line);
        Assert.Equal(28, error.Mark.Value.Column);
        Assert.StartsWith("tasks.a.with.command has a bad template: unexpected 'd'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TemplateReadsTaskNotUpstream_IsRejected()
    {
        var result = Load("""
            name: refs
            tasks:
              train: { type: shell }
              report:
                type: shell
                with:
                  text: "f1={{ tasks.train.outputs.f1 }}"
            """, "refs.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal("refs.yaml:7:20: tasks.report.with.text: task train is not upstream of task report, so its outputs may not exist yet; add it to depends_on (directly or through another task)", error.ToString());
    }

    [Fact]
    public void Load_TransitiveUpstreamAndParams_AreAccepted()
    {
        var result = Load("""
            name: refs
            params: { threshold: 0.7 }
            tasks:
              train: { type: shell }
              evaluate: { type: shell, depends_on: train }
              report:
                type: shell
                depends_on: evaluate
                when: "{{ tasks.train.outputs.f1 >= params.threshold and tasks.evaluate.state == 'success' }}"
                with:
                  text: "{{ ds_nodash }} {{ run_id }} {{ logical_date }} {{ tasks.evaluate.outputs.best.name }}"
            """);

        Assert.True(result.Success, string.Join("\n", result.Errors));
    }

    [Theory]
    [InlineData("trigger_rule: all_sucess", "tasks.a.trigger_rule must be one of all_success,", "(did you mean 'all_success'?)")]
    [InlineData("retires: 2", "tasks.a: unknown field 'retires' (did you mean 'retries'?)", "expected one of")]
    [InlineData("retry_delay: 10 minutes", "tasks.a.retry_delay must be a duration such as 30s, 10m, 2h or 1h30m, got '10 minutes'", "")]
    [InlineData("retry_exponential_backoff: yes", "tasks.a.retry_exponential_backoff must be true or false, got 'yes'", "")]
    [InlineData("jitter: 1.5", "tasks.a.jitter must be a fraction between 0 and 1", "got 1.5")]
    [InlineData("execution_timeout: 0s", "tasks.a.execution_timeout must be longer than zero", "")]
    [InlineData("when: {{ params.x }}", "map keys must be plain text", "must be quoted")]
    [InlineData("when: \"{{ params.nope }}\"", "tasks.a.when: params.nope is not declared under params", "")]
    [InlineData("when: \"{{ dss }}\"", "unknown name 'dss' (did you mean 'ds'?)", "")]
    [InlineData("when: \"{{ tasks.a.outputs.x }}\"", "task a cannot read its own outputs", "")]
    [InlineData("branch: true", "tasks.a is a branch but no task depends on it", "")]
    [InlineData("choose: [{ when: 'true', run: b }]", "choose: and otherwise: belong to tasks of type: branch", "")]
    public void Load_BadTaskField_ReportsReadableError(string line, string expected, string alsoExpected)
    {
        var result = Load($"""
            name: fields
            params: {"{"} x: 1 {"}"}
            tasks:
              a:
                type: shell
                {line}
            """);

        Assert.False(result.Success);
        var text = string.Join("\n", result.Errors);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains(alsoExpected, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("timezone: Europe/Berln", "fields.yaml:2:11: timezone 'Europe/Berln' is not a known IANA time zone")]
    [InlineData("concurrency: never", "fields.yaml:2:14: concurrency must be allow, forbid or replace, got 'never'")]
    [InlineData("max_active_runs: 0", "fields.yaml:2:18: max_active_runs must be a whole number ≥ 1, got '0'")]
    [InlineData("dagrun_timeout: soon", "fields.yaml:2:17: dagrun_timeout must be a duration")]
    [InlineData("catchup: maybe", "fields.yaml:2:10: catchup must be true or false, got 'maybe'")]
    [InlineData("start_date: yesterday", "fields.yaml:2:13: start_date must be a date like 2026-01-31")]
    [InlineData("schedul: '@daily'", "fields.yaml:2:1: unknown field 'schedul' (did you mean 'schedule'?)")]
    [InlineData("schedule: '@fortnightly'", "fields.yaml:2:12: schedule is not a valid cron expression: unknown shortcut '@fortnightly'")]
    public void Load_BadPipelineField_ReportsPosition(string line, string expected)
    {
        var result = Load($"""
            name: fields
            {line}
            tasks:
              a: {"{"} type: shell {"}"}
            """, "fields.yaml");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith(expected, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ManyProblems_ReportsAllInFileOrder()
    {
        var result = Load("""
            name: many
            schedule: "61 * * * *"
            tasks:
              a:
                type: shell
                retries: -1
              b:
                type: shell
                depends_on: zz
            """);

        Assert.Equal([2, 6, 9], result.Errors.Select(e => e.Mark!.Value.Line));
    }

    [Theory]
    [InlineData("", "a pipeline file must be a map")]
    [InlineData("- a\n- b", "a pipeline file must be a map")]
    [InlineData("name: x\n", "tasks is required")]
    [InlineData("name: x\ntasks: [a, b]", "tasks must be a map from task id")]
    [InlineData("name: x\ntasks:\n  a: { type: shell\n", "x.yaml:4:1: while parsing a flow mapping")]
    [InlineData("name: x\ntasks:\n  a: { type: shell }\n---\nname: y", "one YAML document")]
    [InlineData("name: bad name!\ntasks:\n  a: { type: shell }", "name must be letters")]
    [InlineData("name: x\ntasks:\n  a: { depends_on: b }\n  b: { type: shell }", "x.yaml:3:3: tasks.a.type is required")]
    [InlineData("name: x\ntasks:\n  1a: { type: shell }", "task id '1a' must be letters")]
    [InlineData("name: x\ntasks:\n  a: { type: Shell }", "tasks.a.type must be a lowercase name")]
    public void Load_MalformedFile_FailsClearly(string text, string expected)
    {
        var result = Load(text, "x.yaml");

        Assert.False(result.Success);
        Assert.Contains(expected, string.Join("\n", result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AnchorsAndEmptyMaps_AreAccepted()
    {
        var definition = Load("""
            name: anchors
            default_args:
            tasks:
              a: { type: shell, with: &shared { data: "{{ ds }}", rows: 10 } }
              b: { type: shell, depends_on: a, with: *shared }
              c:
                type: shell
                with:
            """).ValueOrThrow();

        Assert.Equal(["data", "rows"], definition["b"].Settings.Entries.Select(e => e.Key));
        Assert.Empty(definition["c"].Settings.Entries);
    }

    [Fact]
    public void Load_NoNameField_TakesTheFileName()
    {
        var definition = Load("tasks:\n  a: { type: shell }", "nightly-report.yaml").ValueOrThrow();

        Assert.Equal("nightly-report", definition.Name);
    }

    [Fact]
    public void ValueOrThrow_Invalid_ThrowsInvalidParameterListingErrors()
    {
        var result = Load("name: x\ntasks:\n  a: { type: shell, retries: two }", "x.yaml");

        var error = Assert.Throws<OspreyException>(result.ValueOrThrow);
        Assert.Equal(ErrorCode.InvalidParameter, error.Code);
        Assert.Equal("x.yaml:3:30: tasks.a.retries must be a whole number ≥ 0, got 'two'", error.Message);
    }

    [Fact]
    public void LoadFile_Missing_ThrowsNotFound()
    {
        var error = Assert.Throws<OspreyException>(() => PipelineYamlLoader.LoadFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".yaml")));

        Assert.Equal(ErrorCode.NotFound, error.Code);
    }

    internal static PipelineLoadResult Load(string text, string file = "test.yaml", ITaskTypeCatalog? types = null) =>
        PipelineYamlLoader.Load(file, text, types);

    // The engine tests drive a fixed copy of the churn pipeline with stand-in task types; examples/churn/ holds the runnable one.
    internal static string ChurnExamplePath() => Path.Combine(RepositoryRoot(), "tests", "Osprey.Core.Tests", "Pipelines", "Fixtures", "churn-engine.yaml");

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Osprey.slnx")))
        {
            directory = directory.Parent;
        }
        Assert.NotNull(directory);
        return directory.FullName;
    }
}

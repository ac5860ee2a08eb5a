using Osprey.Core.Pipelines.Tasks;
using Osprey.Core.Pipelines.Yaml;
using Xunit;

namespace Osprey.Core.Tests.Pipelines.Tasks;

/// <summary>The loader checks each built-in type's settings before anything runs, with the file's positions.</summary>
public sealed class TaskTypeCatalogTests
{
    [Fact]
    public void Load_ValidSettingsOfEveryBuiltInType_Succeeds()
    {
        var result = PipelineYamlLoader.Load("p.yaml", """
            tasks:
              run:
                type: shell
                with: { command: "echo hi", env: { A: "1" }, skip_exit_code: 3 }
              call:
                type: http
                with: { url: "https://example.com/x", method: post, expect_status: [200, 201], body: { a: 1 } }
              tell:
                type: notify
                with: { to: ["file:n.jsonl", "slack+https://hooks.example/x"], message: "done {{ ds }}" }
              ping:
                type: heartbeat
                with: { url: "{{ params.url }}" }
              check:
                type: validate
                with: { data: d.csv, checks: [ { row_count: { min: 1 } } ] }
              nothing:
                type: noop
            params:
              url: https://hc.example/ping
            """, TaskTypeCatalog.BuiltIn);

        Assert.True(result.Success, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Load_BadSettings_ReportsEachWithFileLineAndField()
    {
        var result = PipelineYamlLoader.Load("p.yaml", """
            tasks:
              run:
                type: shell
                with:
                  comand: "echo hi"
                  skip_exit_code: soon
              call:
                type: http
                with: { url: "https://example.com", method: FETCH }
              tell:
                type: notify
                with: { message: hi }
            """, TaskTypeCatalog.BuiltIn);

        Assert.Equal([
            "p.yaml:5:7: tasks.run.with.command is required for shell tasks (the command line, run with bash -c)",
            "p.yaml:5:15: tasks.run.with.comand is not a setting of shell tasks (did you mean 'command'?); they take command, env, cwd, skip_exit_code",
            "p.yaml:6:23: tasks.run.with.skip_exit_code must be a whole number, got 'soon'",
            "p.yaml:9:49: tasks.call.with.method must be one of GET, POST, PUT, PATCH, DELETE, HEAD, got 'FETCH'",
            "p.yaml:12:11: tasks.tell.with.to is required for notify tasks (an http(s) URL, slack+https://... for a Slack webhook, or file:PATH; or a list of them)",
        ], result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Load_UnknownType_ListsTheKnownOnes()
    {
        var result = PipelineYamlLoader.Load("p.yaml", "tasks:\n  a:\n    type: shel\n", TaskTypeCatalog.BuiltIn);

        Assert.Contains("'shel' is not a known task type (did you mean 'shell'?); known types: branch, heartbeat, http, noop, notify, shell, validate",
            Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_AnotherType_IsKnownToTheLoaderAndCheckedByItsSchema()
    {
        var train = new SchemaTaskType("train", "Trains a model.", new SettingsSchema(new SettingField("data", SettingKind.Text, Required: true)));
        var catalog = TaskTypeCatalog.BuiltIn.With(train);

        var ok = PipelineYamlLoader.Load("p.yaml", "tasks:\n  t:\n    type: train\n    with: { data: d.csv }\n", catalog);
        var bad = PipelineYamlLoader.Load("p.yaml", "tasks:\n  t:\n    type: train\n", catalog);

        Assert.True(ok.Success);
        Assert.Equal("tasks.t.with.data is required for train tasks", Assert.Single(bad.Errors).Message);
        Assert.DoesNotContain("train", TaskTypeCatalog.BuiltIn.Types);
    }
}

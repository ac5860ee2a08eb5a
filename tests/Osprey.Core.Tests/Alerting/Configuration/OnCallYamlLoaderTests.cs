using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Configuration;
using Osprey.Core.Alerting.Escalation;
using Osprey.Core.Pipelines.Yaml;
using Xunit;

namespace Osprey.Core.Tests.Alerting.Configuration;

public sealed class OnCallYamlLoaderTests
{
    private static OnCallLoadResult Build(params (string File, string Text)[] files)
    {
        var documents = new List<OnCallDocument>();
        var errors = new List<PipelineLoadError>();
        foreach (var (file, text) in files)
        {
            var (document, fileErrors) = OnCallYamlLoader.ReadFile(file, text);
            errors.AddRange(fileErrors);
            if (document is not null)
            {
                documents.Add(document);
            }
        }
        return errors.Count > 0 ? new OnCallLoadResult(null, errors) : OnCallConfigurationBuilder.Build(documents);
    }

    [Fact]
    public void Build_FullFile_ReadsEverySection()
    {
        var configuration = Build(("routing.yaml", OnCallYaml.Full)).ValueOrThrow();

        Assert.Equal(["alice", "bob", "carol"], configuration.Users.Keys.Order());
        var schedule = configuration.Schedules["primary"];
        Assert.Equal("Europe/Berlin", schedule.Zone.Id);
        Assert.Equal(TimeSpan.FromHours(12), schedule.Layers[1].Length);
        Assert.Equal(DateTimeOffset.Parse("2026-03-10T08:00Z", System.Globalization.CultureInfo.InvariantCulture), schedule.Overrides[0].From);
        var policy = configuration.Policies["ml-pager"];
        Assert.Equal((2, TimeSpan.FromMinutes(30)), (policy.Repeats, policy.RepeatDelay));
        Assert.Equal([new EscalationTarget(TargetKind.Team, "ml"), new EscalationTarget(TargetKind.Channel, "ops-hook")], policy.Steps[1].Targets);
        Assert.Equal([AlertPriority.P1, AlertPriority.P2, AlertPriority.P3], configuration.Rules[0].When.Priorities.Order());
        Assert.Equal(2525, configuration.Channels["ops-mail"].SmtpPort);
        Assert.Equal(new AlertRoute("ml", null), configuration.DefaultRoute);
        Assert.Equal([AlertPriority.P3, AlertPriority.P4, AlertPriority.P5], configuration.QuietHours[0].Priorities.Order());
    }

    [Fact]
    public void ReadFile_BadFields_NamesFileLineAndField()
    {
        const string text = """
            schedules:
              - name: primary
                time_zone: Mars/Olympus
            escalation_policies:
              - name: p
                steps:
                  - wait: soon
                    notify:
                      - user: alice
            """;

        var (document, errors) = OnCallYamlLoader.ReadFile("bad.yaml", text);

        Assert.Null(document);
        Assert.Equal(
            ["bad.yaml:3:16: schedules[0].time_zone must be an IANA time zone such as Europe/Berlin or America/New_York, got 'Mars/Olympus'",
             "bad.yaml:7:15: escalation_policies[0].steps[0].wait must be a duration such as 30s, 10m, 2h or 1h30m, got 'soon'"],
            errors.Select(e => e.ToString()));
    }

    [Fact]
    public void ReadFile_UnknownField_SuggestsTheClosestKnownOne()
    {
        var (_, errors) = OnCallYamlLoader.ReadFile("typo.yaml", "users:\n  - name: alice\n    emal: a@example.com\n");

        var error = Assert.Single(errors);
        Assert.Equal((3, "users[0].emal"), (error.Mark!.Value.Line, error.Field));
        Assert.Contains("'email'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ReferenceToAnUndeclaredUser_PointsAtTheDeclaration()
    {
        var result = Build(("teams.yaml", "users:\n  - name: alice\nteams:\n  - name: ml\n    members: [alice, zed]\n"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("teams.yaml:4:5: teams[0].members: no user is named 'zed' (known: alice)", error.ToString());
    }

    [Fact]
    public void Build_SameUserInTwoFiles_RefusesTheSecondNamingTheFirst()
    {
        var result = Build(("a.yaml", "users:\n  - name: alice\n"), ("b.yaml", "users:\n  - name: alice\n"));

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("b.yaml:2:5: users[0]: the user 'alice' is already declared in a.yaml at line 2", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ChurnExampleFile_LoadsWithoutErrors()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Osprey.slnx")))
        {
            root = root.Parent;
        }
        var path = Path.Combine(root!.FullName, "examples", "churn", "alerting", "routing.yaml");

        var configuration = Build(("routing.yaml", File.ReadAllText(path))).ValueOrThrow();

        Assert.Equal("ml-pager", configuration.Rules.Single().EscalationPolicy);
        Assert.Equal(["ops-hook", "ops-mail"], configuration.Channels.Keys.Order());
    }
}

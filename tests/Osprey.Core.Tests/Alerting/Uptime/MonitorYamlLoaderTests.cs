using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Rules;
using Osprey.Core.Alerting.Uptime;
using Xunit;

namespace Osprey.Core.Tests.Alerting.Uptime;

public sealed class MonitorYamlLoaderTests
{
    [Fact]
    public void Load_EveryKind_ReadsFields()
    {
        const string yaml = """
            monitors:
              - kind: http
                name: churn-api
                url: http://127.0.0.1:8080/health
                interval: 10s
                keyword: ok
                expected_status: [200, 204]
                max_response_time: 500ms
                confirmation_period: 30s
                recovery_period: 1m
                priority: P1
                maintenance:
                  - {from: "2026-05-01T22:00:00Z", to: "2026-05-01T23:00:00Z", reason: upgrade}
              - kind: tcp
                name: db
                host: 127.0.0.1
                port: 5432
              - kind: heartbeat
                name: nightly
                period: 1d
                grace: 1h
              - kind: rule
                name: accuracy
                series: model_accuracy{model="churn"}
                function: avg
                window: 15m
                op: "<"
                threshold: 0.85
                for: 15m
                labels: {severity: critical, team: ml}
                annotations: {summary: accuracy fell}
            """;

        var monitors = MonitorYamlLoader.Load("all.yaml", yaml).OrThrow();

        Assert.Equal(["churn-api", "db", "nightly", "accuracy"], monitors.Select(m => m.Name));
        var http = monitors[0];
        Assert.Equal(TimeSpan.FromSeconds(10), http.Interval);
        Assert.Equal([200, 204], http.Http!.ExpectedStatus);
        Assert.Equal(TimeSpan.FromMilliseconds(500), http.Http.MaxResponseTime);
        Assert.Equal(AlertPriority.P1, http.Priority);
        Assert.Equal("upgrade", Assert.Single(http.Maintenance).Reason);
        Assert.Equal(5432, monitors[1].Tcp!.Port);
        Assert.Equal(TimeSpan.FromHours(25), monitors[2].Heartbeat!.Deadline);
        Assert.Equal(Comparison.LessThan, monitors[3].Rule!.Comparison);
        Assert.False(monitors[3].OnStatusPage);
        Assert.Equal(AlertPriority.P1, monitors[3].Rule!.Priority);
    }

    [Fact]
    public void Load_Errors_NameFileLineAndField()
    {
        const string yaml = """
            kind: http
            name: api
            url: ftp://example
            interval: 500ms
            keyword_present: x
            """;

        var errors = MonitorYamlLoader.Load("api.yaml", yaml).Errors.Select(e => e.ToString()).ToList();

        Assert.Contains(errors, e => e.StartsWith("api.yaml:3:", StringComparison.Ordinal) && e.Contains("url must be an absolute http", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("api.yaml:4:", StringComparison.Ordinal) && e.Contains("interval must be at least 1s", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("api.yaml:5:", StringComparison.Ordinal) && e.Contains("unknown field 'keyword_present'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_RuleErrors_PointAtTheField()
    {
        const string yaml = """
            monitors:
              - kind: rule
                name: drift
                series: feature_drift_score{column=tenure}
                function: median
                op: "=>"
            """;

        var errors = MonitorYamlLoader.Load("rules.yaml", yaml).Errors;

        Assert.Contains(errors, e => e.Field == "monitors[0].series" && e.Mark!.Value.Line == 4);
        Assert.Contains(errors, e => e.Field == "monitors[0].function" && e.Mark!.Value.Line == 5);
        Assert.Contains(errors, e => e.Field == "monitors[0].op" && e.Mark!.Value.Line == 6);
        Assert.Contains(errors, e => e.Field == "monitors[0].threshold" && e.Message.Contains("required", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_ThenRead_RoundTrips()
    {
        var monitors = MonitorYamlLoader.Load("x.yaml", """
            monitors:
              - {kind: http, name: "api", url: "https://example.test/h?x=1", method: post, body: '{"a": "é"}', headers: {X-Key: "k"}, keyword_absent: error}
              - {kind: heartbeat, name: job, period: 90s, token: abcdefghijklmnop_-12}
              - {kind: rule, name: age, series: refreshed, function: age, window: 1d, op: ">", threshold: 2h, labels: {severity: info}}
            """).OrThrow();

        var again = monitors.Select(m => MonitorJson.Read(MonitorJson.Write(m))).ToList();

        Assert.Equal(monitors.Select(MonitorJson.Write), again.Select(MonitorJson.Write));
        Assert.Equal("{\"a\": \"é\"}", again[0].Http!.Body);
        Assert.Equal(7200, again[2].Rule!.Threshold);
    }
}

using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Configuration;
using Osprey.Core.Alerting.Routing;
using Xunit;

namespace Osprey.Core.Tests.Alerting.Routing;

public sealed class AlertRouterTests
{
    private static RouteCondition When(string[]? tags = null, Dictionary<string, string>? labels = null, AlertPriority[]? priorities = null, string? entity = null, string? source = null) =>
        new(tags ?? [], labels ?? [], new HashSet<AlertPriority>(priorities ?? []), entity, source);

    private static AlertRouter Router(AlertRoute? fallback, params RoutingRule[] rules) =>
        new(() => OnCallConfiguration.Empty with { Rules = rules, DefaultRoute = fallback });

    [Fact]
    public void Route_TwoRulesMatch_FirstOneWins()
    {
        var router = Router(null,
            new RoutingRule("db", When(tags: ["database"]), "dba", "dba-policy"),
            new RoutingRule("critical", When(priorities: [AlertPriority.P1]), "sre", "sre-policy"));

        var route = router.Route(new AlertRequest("Disk full", Priority: AlertPriority.P1, Tags: ["database", "prod"]));

        Assert.Equal(new AlertRoute("dba", "dba-policy"), route);
    }

    [Fact]
    public void Route_LabelsEntityAndSource_MustAllMatch()
    {
        var router = Router(new AlertRoute("catch-all", null),
            new RoutingRule("serving", When(labels: new() { ["model"] = "churn" }, entity: "serving", source: "uptime"), "ml", "ml-policy"));

        var matching = router.Route(new AlertRequest("Down", Details: new Dictionary<string, string> { ["model"] = "churn" }, Entity: "serving", Source: "uptime"));
        var wrongSource = router.Route(new AlertRequest("Down", Details: new Dictionary<string, string> { ["model"] = "churn" }, Entity: "serving", Source: "drift"));

        Assert.Equal(new AlertRoute("ml", "ml-policy"), matching);
        Assert.Equal(new AlertRoute("catch-all", null), wrongSource);
    }

    [Fact]
    public void Route_NothingMatchesAndNoDefault_ReturnsAnEmptyRoute()
    {
        var router = Router(null, new RoutingRule("p1", When(priorities: [AlertPriority.P1]), "sre", "sre-policy"));

        Assert.Equal(new AlertRoute(null, null), router.Route(new AlertRequest("Slow", Priority: AlertPriority.P4)));
    }
}

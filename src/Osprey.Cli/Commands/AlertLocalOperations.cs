using Osprey.Core;
using Osprey.Core.Alerting.Alerts;
using Osprey.Core.Alerting.Analytics;
using Osprey.Core.Security;
using Osprey.Server.Alerting.Alerts;
using Osprey.Server.Alerting.Alerts.Contracts;
using Osprey.Storage.Sqlite;

namespace Osprey.Cli.Commands;

/// <summary>The alert commands over the local workspace's database, acting as the CLI's user.</summary>
internal sealed class AlertLocalOperations(SqliteWorkspaceDatabase database, AlertService alerts, TimeProvider clock) : AlertOperations
{
    private const string Accepted = "Request will be processed";
    private const string RequestId = "local";

    public static async Task<AlertOperations> OpenAsync(string home, CliEnvironment environment, CancellationToken ct)
    {
        var options = new WorkspaceOptions(home);
        Directory.CreateDirectory(options.Home);
        var database = await SqliteStores.OpenAsync(options.DatabasePath, ct);
        return new AlertLocalOperations(database,
            new AlertService(database.Stores.Alerts, environment.Clock, caller: new FixedCallerIdentity(environment.UserName)), environment.Clock);
    }

    public override async Task<AlertListResponse> ListAsync(AlertQuery query, CancellationToken ct)
    {
        var page = await alerts.SearchAsync(query, ct);
        return new AlertListResponse([.. page.Alerts.Select(a => a.ToDto(Now()))], page.Total, page.Offset, RequestId);
    }

    public override async Task<AlertDto> ShowAsync(string identifier, AlertIdentifierType type, CancellationToken ct) =>
        (await alerts.FindAsync(identifier, type, ct)).ToDto(Now());

    public override async Task<IReadOnlyList<AlertEventDto>> HistoryAsync(string identifier, AlertIdentifierType type, CancellationToken ct) =>
        [.. (await alerts.HistoryAsync(identifier, type, ct)).Select(e => e.ToDto())];

    public override async Task<AlertAcceptedResponse> CreateAsync(CreateAlertRequest request, CancellationToken ct)
    {
        var receipt = await alerts.RaiseAsync(request.ToRequest(), ct);
        return new AlertAcceptedResponse(Accepted, 0, RequestId, receipt.AlertId, receipt.Deduplicated, receipt.Count);
    }

    public override async Task<AlertChangeResponse> ActAsync(string action, string identifier, AlertIdentifierType type, AlertActionRequest r, CancellationToken ct)
    {
        var change = action switch
        {
            "acknowledge" => await alerts.AcknowledgeAsync(identifier, type, r.User, r.Note, ct),
            "unacknowledge" => await alerts.UnacknowledgeAsync(identifier, type, r.User, r.Note, ct),
            "snooze" => await alerts.SnoozeAsync(identifier, type, AlertMapping.ParseTime(r.EndTime, "until") ?? throw OspreyException.Invalid("A snooze needs --until."),
                r.User, r.Note, ct),
            "notes" => await alerts.AddNoteAsync(identifier, type, r.Note ?? "", r.User, ct),
            "close" => await alerts.CloseAsync(identifier, type, r.User, r.Note, r.Noise ?? false, ct),
            "priority" => await alerts.ChangePriorityAsync(identifier, type,
                AlertMapping.ParsePriority(r.Priority, "priority") ?? throw OspreyException.Invalid("A priority change needs P1 to P5."), r.User, ct),
            _ => throw OspreyException.Invalid($"'{action}' is not an alert action."),
        };
        return new AlertChangeResponse(Accepted, 0, RequestId, change.Alert.ToDto(Now()), change.Event?.ToDto());
    }

    public override async Task<AlertAnalyticsResponse> AnalyticsAsync(string? from, string? to, string? by, int noiseWindowMinutes, CancellationToken ct)
    {
        var end = AlertMapping.ParseTime(to, "to") ?? clock.GetUtcNow();
        var start = AlertMapping.ParseTime(from, "from") ?? end.AddDays(-30);
        var report = await new AlertAnalyticsService(database.Stores.Alerts).ReportAsync(start, end, AlertAnalyticsService.ParseGrouping(by), noiseWindowMinutes, ct);
        return new AlertAnalyticsResponse(AlertMapping.Time(report.From)!, AlertMapping.Time(report.To)!, report.By.ToString().ToLowerInvariant(),
            report.NoiseWindowMinutes, report.Overall, report.Groups, report.WeeklyVolume);
    }

    public override ValueTask DisposeAsync() => database.DisposeAsync();

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}

using Osprey.Cli.Connections;
using Osprey.Core.Alerting.Alerts;
using Osprey.Server.Alerting.Alerts.Contracts;

namespace Osprey.Cli.Commands;

/// <summary>What the alert commands can do, answered in the API's shapes whether the alerts live in the local workspace or on a server.</summary>
internal abstract class AlertOperations : IAsyncDisposable
{
    public abstract Task<AlertListResponse> ListAsync(AlertQuery query, CancellationToken ct);

    public abstract Task<AlertDto> ShowAsync(string identifier, AlertIdentifierType type, CancellationToken ct);

    public abstract Task<IReadOnlyList<AlertEventDto>> HistoryAsync(string identifier, AlertIdentifierType type, CancellationToken ct);

    public abstract Task<AlertAcceptedResponse> CreateAsync(CreateAlertRequest request, CancellationToken ct);

    /// <summary>Runs <paramref name="action"/> (acknowledge, unacknowledge, snooze, notes, close, priority) on one alert.</summary>
    public abstract Task<AlertChangeResponse> ActAsync(string action, string identifier, AlertIdentifierType type, AlertActionRequest request, CancellationToken ct);

    public abstract Task<AlertAnalyticsResponse> AnalyticsAsync(string? from, string? to, string? by, int noiseWindowMinutes, CancellationToken ct);

    public abstract ValueTask DisposeAsync();

    /// <summary>Opens the alerts of the server named by <c>--server</c>, else of the local workspace.</summary>
    public static async Task<AlertOperations> OpenAsync(ConnectionSettings settings, CliEnvironment environment, CancellationToken ct) =>
        settings.ServerUrl is { } url
            ? AlertRemoteOperations.Open(url, settings.Token)
            : await AlertLocalOperations.OpenAsync(settings.Home, environment, ct);
}

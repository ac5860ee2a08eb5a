using Osprey.Core.Alerting.Configuration;
using Osprey.Core.Alerting.Escalation;
using Osprey.Core.Alerting.Notifications;
using Osprey.Server.Alerting.OnCall;
using Osprey.TestKit;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

/// <summary>The on-call loop over a real workspace database in a temp folder, fake alerts, a manual clock and the real senders.</summary>
internal sealed class OnCallHarness : IAsyncDisposable
{
    private readonly HttpClient _http = new();
    private bool _closed;

    private OnCallHarness(string folder, SqliteWorkspaceDatabase database, ManualTimeProvider clock, OnCallFakeAlerts alerts, OnCallConfiguration configuration)
    {
        Folder = folder;
        Database = database;
        Clock = clock;
        Alerts = alerts;
        Configuration = configuration;
        Store = database.Stores.Notifications;
        var engine = new EscalationEngine(alerts, alerts, Store, () => Configuration, clock);
        var senders = new INotificationSender[] { new WebhookSender(new HttpWebhookTransport(_http)), new SlackSender(new HttpWebhookTransport(_http)), new EmailSender() };
        Cycle = new OnCallCycle(engine, new NotificationDispatcher(Store, senders, () => Configuration, clock));
    }

    public string Folder { get; }

    public SqliteWorkspaceDatabase Database { get; }

    public ManualTimeProvider Clock { get; }

    public OnCallFakeAlerts Alerts { get; }

    public OnCallConfiguration Configuration { get; set; }

    public INotificationStore Store { get; }

    public OnCallCycle Cycle { get; }

    /// <summary>Opens (or, given the folder of an earlier harness, reopens) the database; <paramref name="yaml"/> is the on-call configuration.</summary>
    public static async Task<OnCallHarness> StartAsync(string yaml, DateTimeOffset start, string? folder = null, ManualTimeProvider? clock = null, OnCallFakeAlerts? alerts = null)
    {
        folder ??= Path.Combine(Path.GetTempPath(), "osprey-oncall-tests", Guid.NewGuid().ToString("N"));
        var (document, errors) = OnCallYamlLoader.ReadFile("test.yaml", yaml);
        Assert.Empty(errors);
        var configuration = OnCallConfigurationBuilder.Build([document!]).ValueOrThrow();
        clock ??= new ManualTimeProvider(start);
        var database = await SqliteStores.OpenAsync(Path.Combine(folder, "osprey.db"), CancellationToken.None);
        return new OnCallHarness(folder, database, clock, alerts ?? new OnCallFakeAlerts(clock), configuration);
    }

    /// <summary>Moves the clock and runs one turn of the loop.</summary>
    public async Task<int> AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        return await Cycle.RunOnceAsync(CancellationToken.None);
    }

    /// <summary>Closes the database but keeps the folder (for restart tests).</summary>
    public async Task CloseAsync()
    {
        if (_closed)
        {
            return;
        }
        _closed = true;
        _http.Dispose();
        await Database.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        Directory.Delete(Folder, recursive: true);
    }
}

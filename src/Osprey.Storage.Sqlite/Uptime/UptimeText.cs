using Osprey.Core.Alerting.Heartbeats;
using Osprey.Core.Alerting.Uptime;

namespace Osprey.Storage.Sqlite.Uptime;

/// <summary>The lower-case words the uptime tables store for kinds, states and ping kinds.</summary>
internal static class UptimeText
{
    public static string Kind(MonitorKind kind) => kind.ToString().ToLowerInvariant();

    public static string State(MonitorState state) => state.ToString().ToLowerInvariant();

    public static MonitorState ParseState(string text) => Enum.Parse<MonitorState>(text, ignoreCase: true);

    public static string Ping(PingKind kind) => kind.ToString().ToLowerInvariant();

    public static PingKind ParsePing(string text) => Enum.Parse<PingKind>(text, ignoreCase: true);
}

using Osprey.Core.Alerting.Uptime;

namespace Osprey.Core.Alerting.StatusPage;

/// <summary>One monitor or heartbeat on the status page: its current state, uptime over the shown days, and a bar per day (oldest first).</summary>
public sealed record StatusItem(string Name, MonitorKind Kind, MonitorState State, long? Since, double? UptimePercent, IReadOnlyList<DayBar> Days);

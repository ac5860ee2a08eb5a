using Osprey.Core.Alerting.Uptime;

namespace Osprey.Cli.Commands;

/// <summary>A monitor as the CLI shows it: its definition and its last recorded state (null before the engine has recorded one).</summary>
internal sealed record MonitorsEntry(MonitorDefinition Definition, MonitorStatus? Status)
{
    public MonitorState State => Definition.Paused ? MonitorState.Paused : Status?.State ?? MonitorState.Pending;
}

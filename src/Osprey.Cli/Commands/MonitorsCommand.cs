using System.CommandLine;
using Osprey.Core;
using Osprey.Core.Alerting.Uptime;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey monitors list|show|create|pause|resume</c> over the local workspace or a server.</summary>
internal static class MonitorsCommand
{
    public static Command Build(CommandContext context)
    {
        var command = CommandContext.Group("monitors", "List, show, create, pause and resume uptime monitors, heartbeats and metric rules");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Create(context));
        command.Subcommands.Add(Pause(context, "pause", true, "Pause a monitor: no checks and no incidents until resumed"));
        command.Subcommands.Add(Pause(context, "resume", false, "Resume a paused monitor"));
        return command;
    }

    /// <summary>Sets an action that opens the monitor client, runs <paramref name="action"/> and closes it.</summary>
    public static void SetAction(CommandContext context, Command command, Func<ParseResult, IMonitorsClient, CancellationToken, Task> action) =>
        command.SetAction(async (parse, ct) =>
        {
            await using var client = await MonitorsClient.OpenAsync(context, parse, ct);
            await action(parse, client, ct);
            return ExitCodes.Success;
        });

    private static Command List(CommandContext context)
    {
        var kind = new Option<string?>("--kind") { Description = "Only monitors of this kind: http, tcp, heartbeat or rule" };
        var command = new Command("list", "List monitors with their current state") { kind };
        SetAction(context, command, async (parse, client, ct) =>
        {
            var only = parse.GetValue(kind) is { } text
                ? Enum.TryParse<MonitorKind>(text, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : throw OspreyException.Invalid($"--kind must be http, tcp, heartbeat or rule, got '{text}'")
                : (MonitorKind?)null;
            Render(context, parse, await client.ListAsync(only, ct));
        });
        return command;
    }

    private static Command Show(CommandContext context)
    {
        var name = new Argument<string>("name") { Description = "The monitor's name" };
        var command = new Command("show", "Show a monitor: its target, state, ping URL (heartbeats) and recent incidents") { name };
        SetAction(context, command, async (parse, client, ct) =>
        {
            var entry = await client.GetAsync(parse.GetRequiredValue(name), ct);
            if (context.IsJson(parse))
            {
                MonitorsView.Json(context.Terminal, [entry]);
                return;
            }
            var server = context.Settings(parse).ServerUrl is { } url ? new Uri(url) : null;
            MonitorsView.Details(context.Terminal, entry, await client.IncidentsAsync(entry.Definition.Name, ct), server);
        });
        return command;
    }

    private static Command Create(CommandContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "A monitor file (YAML): one monitor, or 'monitors:' with a list" };
        var command = new Command("create", "Create the monitors a YAML file declares") { file };
        SetAction(context, command, async (parse, client, ct) =>
        {
            var path = parse.GetRequiredValue(file);
            if (!path.Exists)
            {
                throw OspreyException.NotFound($"Monitor file '{path.FullName}' does not exist.");
            }
            var declared = MonitorYamlLoader.Load(path.Name, await File.ReadAllTextAsync(path.FullName, ct)).OrThrow();
            var created = new List<MonitorsEntry>();
            foreach (var monitor in declared)
            {
                created.Add(await client.CreateAsync(monitor, ct));
            }
            Render(context, parse, created);
        });
        return command;
    }

    private static Command Pause(CommandContext context, string verb, bool paused, string description)
    {
        var name = new Argument<string>("name") { Description = "The monitor's name" };
        var command = new Command(verb, description) { name };
        SetAction(context, command, async (parse, client, ct) =>
            Render(context, parse, [await client.SetPausedAsync(parse.GetRequiredValue(name), paused, ct)]));
        return command;
    }

    private static void Render(CommandContext context, ParseResult parse, IReadOnlyList<MonitorsEntry> entries)
    {
        if (context.IsJson(parse))
        {
            MonitorsView.Json(context.Terminal, entries);
            return;
        }
        MonitorsView.Table(context.Terminal, entries);
    }
}

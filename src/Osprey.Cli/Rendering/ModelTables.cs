using Osprey.Core.Registry;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Osprey.Cli.Rendering;

/// <summary>Renders the registry: models, versions and the history of stage and alias moves.</summary>
internal static class ModelTables
{
    /// <summary>Renders models: name, latest version, the latest version in each stage, aliases and last update.</summary>
    public static Table List(IReadOnlyList<RegisteredModel> models)
    {
        var table = new Table().AddColumns("Name", "Latest", "Stages", "Aliases", "Updated");
        foreach (var model in models)
        {
            var latest = model.LatestVersions.Count == 0 ? (int?)null : model.LatestVersions.Max(v => v.Version);
            table.AddRow(
                $"[bold]{DisplayText.Escape(model.Name)}[/]",
                DisplayText.Version(latest),
                Stages(model.LatestVersions),
                Aliases(model.Aliases),
                DisplayText.Time(model.LastUpdatedTimestamp));
        }
        return table;
    }

    /// <summary>Renders one model: description, tags and aliases, then its versions.</summary>
    public static IRenderable Detail(RegisteredModel model, IReadOnlyList<ModelVersion> versions)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow(new Markup("[grey]Name[/]"), new Markup($"[bold]{DisplayText.Escape(model.Name)}[/]"));
        grid.AddRow(new Markup("[grey]Description[/]"), new Markup(DisplayText.Escape(model.Description)));
        grid.AddRow(new Markup("[grey]Created[/]"), new Markup(DisplayText.Time(model.CreationTimestamp)));
        grid.AddRow(new Markup("[grey]Updated[/]"), new Markup(DisplayText.Time(model.LastUpdatedTimestamp)));
        grid.AddRow(new Markup("[grey]Stages[/]"), new Markup(Stages(model.LatestVersions)));
        grid.AddRow(new Markup("[grey]Aliases[/]"), new Markup(Aliases(model.Aliases)));
        grid.AddRow(new Markup("[grey]Tags[/]"), new Markup(model.Tags.Count == 0 ? DisplayText.Missing
            : DisplayText.Escape(string.Join(", ", model.Tags.Select(t => $"{t.Key}={t.Value}")))));
        return new Rows(grid, Versions(versions));
    }

    /// <summary>Renders versions: number, stage, aliases, status, run, source, creation time and description.</summary>
    public static Table Versions(IReadOnlyList<ModelVersion> versions)
    {
        var table = new Table().AddColumns("Version", "Stage", "Aliases", "Status", "Run", "Source", "Created", "Description");
        foreach (var version in versions)
        {
            table.AddRow(
                $"[bold]{DisplayText.Version(version.Version)}[/]",
                DisplayText.Markup(version.CurrentStage),
                version.Aliases.Count == 0 ? DisplayText.Missing : DisplayText.Escape(string.Join(", ", version.Aliases.Select(a => "@" + a))),
                DisplayText.Escape(version.Status.ToString()),
                DisplayText.Escape(version.RunId),
                DisplayText.Escape(version.Source),
                DisplayText.Time(version.CreationTimestamp),
                DisplayText.Escape(version.Description));
        }
        return table;
    }

    /// <summary>Renders history events: time, kind, target, from and to versions, actor and reason.</summary>
    public static Table History(IReadOnlyList<RegistryEvent> events)
    {
        var table = new Table().AddColumns("Time", "Kind", "Target", "From → To", "Actor", "Reason");
        foreach (var change in events)
        {
            table.AddRow(
                DisplayText.Time(change.Timestamp),
                change.Kind switch
                {
                    RegistryEventKind.StageTransition => "stage",
                    RegistryEventKind.AliasSet => "alias set",
                    _ => "alias deleted",
                },
                change.Kind == RegistryEventKind.StageTransition ? DisplayText.Escape(change.Target) : "@" + DisplayText.Escape(change.Target),
                $"{DisplayText.Version(change.FromVersion)} → [bold]{DisplayText.Version(change.ToVersion)}[/]",
                DisplayText.Escape(change.Actor),
                DisplayText.Escape(change.Reason));
        }
        return table;
    }

    private static string Stages(IReadOnlyList<ModelVersion> latest)
    {
        var staged = latest.Where(v => v.CurrentStage is not ModelStage.None and not ModelStage.Archived)
            .OrderByDescending(v => v.CurrentStage).Select(v => $"{DisplayText.Markup(v.CurrentStage)} {DisplayText.Version(v.Version)}").ToList();
        return staged.Count == 0 ? DisplayText.Missing : string.Join(", ", staged);
    }

    private static string Aliases(IReadOnlyList<ModelAlias> aliases) => aliases.Count == 0
        ? DisplayText.Missing
        : string.Join(", ", aliases.OrderBy(a => a.Alias, StringComparer.Ordinal).Select(a => $"@{DisplayText.Escape(a.Alias)} {DisplayText.Version(a.Version)}"));
}

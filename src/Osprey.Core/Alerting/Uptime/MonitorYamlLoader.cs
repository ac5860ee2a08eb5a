using Osprey.Core.Pipelines.Yaml;

namespace Osprey.Core.Alerting.Uptime;

/// <summary>Loads monitor files (<c>monitors/*.yaml</c>, or a JSON body, which is YAML too): one monitor map, or <c>monitors:</c> with a list of them.</summary>
public static class MonitorYamlLoader
{
    /// <summary>Loads the monitors in <paramref name="text"/>; <paramref name="fileName"/> names the file in messages.</summary>
    public static MonitorLoadResult Load(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(text);
        SpecNode? root;
        try
        {
            root = SpecReader.Read(text);
        }
        catch (SpecException e)
        {
            return new([], [new PipelineLoadError(fileName, e.Mark, "", e.Message)]);
        }
        if (root is not SpecMapping map)
        {
            return new([], [new PipelineLoadError(fileName, root?.Start ?? new SourceMark(1, 1), "", "a monitor file must be a map with kind and name, or a map with a 'monitors' list")]);
        }
        var context = new SpecContext(fileName);
        var reader = new MonitorSpecReader(context);
        var monitors = new List<MonitorDefinition>();
        if (map.Entries.Count == 1 && map.Entries[0].Key.Value == "monitors")
        {
            ReadList(context, reader, map.Entries[0].Value, monitors);
        }
        else if (reader.Read(map, "") is { } single)
        {
            monitors.Add(single);
        }
        CheckUnique(context, monitors, map);
        return context.Errors.Count == 0
            ? new(monitors, [])
            : new([], [.. context.Errors.OrderBy(e => e.Mark?.Line ?? 0).ThenBy(e => e.Mark?.Column ?? 0)]);
    }

    /// <summary>Loads every <c>*.yaml</c> and <c>*.yml</c> file of a folder (none when it does not exist), in name order.</summary>
    public static MonitorLoadResult LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new([], []);
        }
        var monitors = new List<MonitorDefinition>();
        var errors = new List<PipelineLoadError>();
        var files = Directory.EnumerateFiles(folder, "*.yaml").Concat(Directory.EnumerateFiles(folder, "*.yml")).Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var result = Load(Path.GetFileName(file), File.ReadAllText(file));
            monitors.AddRange(result.Monitors);
            errors.AddRange(result.Errors);
        }
        foreach (var twice in monitors.GroupBy(m => m.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new PipelineLoadError(Path.GetFileName(folder), null, "name", $"the monitor name '{twice.Key}' is declared more than once in {folder}"));
        }
        return errors.Count == 0 ? new(monitors, []) : new([], errors);
    }

    private static void ReadList(SpecContext context, MonitorSpecReader reader, SpecNode node, List<MonitorDefinition> monitors)
    {
        if (node is not SpecSequence list)
        {
            context.Error("monitors", node, $"monitors must be a list of monitor maps, got {node.Shape}");
            return;
        }
        for (var i = 0; i < list.Items.Count; i++)
        {
            var field = $"monitors[{i}]";
            if (context.Map(list.Items[i], field, "a monitor map with kind and name") is { } item && reader.Read(item, field) is { } monitor)
            {
                monitors.Add(monitor);
            }
        }
    }

    private static void CheckUnique(SpecContext context, List<MonitorDefinition> monitors, SpecMapping map)
    {
        foreach (var twice in monitors.GroupBy(m => m.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.Error("monitors", map, $"the monitor name '{twice.Key}' appears more than once in this file");
        }
    }
}

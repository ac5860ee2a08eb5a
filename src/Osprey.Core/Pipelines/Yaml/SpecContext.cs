using System.Globalization;

namespace Osprey.Core.Pipelines.Yaml;

/// <summary>Reads typed field values from spec nodes while remembering where each field was written, so that problems found later can point at it.</summary>
internal sealed class SpecContext(string fileName)
{
    private readonly Dictionary<string, SpecNode> locations = new(StringComparer.Ordinal);
    private readonly List<PipelineLoadError> errors = [];

    public IReadOnlyList<PipelineLoadError> Errors => errors;

    public void Locate(string field, SpecNode node) => locations[field] = node;

    public void Error(string field, SpecNode node, string message) =>
        errors.Add(new PipelineLoadError(fileName, node.Start, field, message));

    /// <summary>Turns a builder problem into a positioned error, using the closest recorded field above it when the exact one was not written.</summary>
    public PipelineLoadError Place(PipelineProblem problem)
    {
        var field = problem.Field;
        while (true)
        {
            if (locations.TryGetValue(field, out var node))
            {
                var mark = node is SpecScalar scalar && problem.Offset is { } offset && field == problem.Field ? scalar.At(offset) : node.Start;
                return new PipelineLoadError(fileName, mark, problem.Field, problem.Message);
            }
            var cut = Math.Max(field.LastIndexOf('.'), field.LastIndexOf('['));
            if (cut <= 0)
            {
                return new PipelineLoadError(fileName, null, problem.Field, problem.Message);
            }
            field = field[..cut];
        }
    }

    /// <summary>Reports every key of <paramref name="map"/> not in <paramref name="known"/>, suggesting the closest known one.</summary>
    public void CheckKeys(SpecMapping map, string prefix, IReadOnlyCollection<string> known)
    {
        foreach (var (key, _) in map.Entries)
        {
            if (!known.Contains(key.Value))
            {
                var where = prefix.Length == 0 ? "" : $"{prefix}: ";
                Error(Join(prefix, key.Value), key, $"{where}unknown field '{key.Value}'{NameSuggestion.For(key.Value, known)}; expected one of {string.Join(", ", known)}");
            }
        }
    }

    /// <summary>Reads a map; an empty value (<c>with:</c> followed by nothing) is an empty map.</summary>
    public SpecMapping? Map(SpecNode node, string field, string what)
    {
        Locate(field, node);
        if (node is SpecMapping map)
        {
            return map;
        }
        if (node is SpecScalar { IsNull: true })
        {
            return new SpecMapping([], node.Start);
        }
        Error(field, node, $"{field} must be {what}, got {node.Shape}");
        return null;
    }

    public string? Text(SpecNode node, string field)
    {
        Locate(field, node);
        if (node is SpecScalar scalar)
        {
            return scalar.Value;
        }
        Error(field, node, $"{field} must be text, got {node.Shape}; a value starting with {{{{ must be quoted, as in \"{{{{ ... }}}}\"");
        return null;
    }

    public int? WholeNumber(SpecNode node, string field, int min)
    {
        var text = Text(node, field);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min)
        {
            return value;
        }
        Error(field, node, $"{field} must be a whole number ≥ {min}, got '{text}'");
        return null;
    }

    public double? Number(SpecNode node, string field)
    {
        var text = Text(node, field);
        if (text is null)
        {
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }
        Error(field, node, $"{field} must be a number, got '{text}'");
        return null;
    }

    public bool? Flag(SpecNode node, string field)
    {
        var text = Text(node, field);
        switch (text)
        {
            case null:
                return null;
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
            default:
                Error(field, node, $"{field} must be true or false, got '{text}'");
                return null;
        }
    }

    public TimeSpan? Duration(SpecNode node, string field)
    {
        var text = Text(node, field);
        if (text is null)
        {
            return null;
        }
        if (DurationText.TryParse(text, out var value))
        {
            return value;
        }
        Error(field, node, $"{field} must be a duration such as 30s, 10m, 2h or 1h30m, got '{text}'");
        return null;
    }

    /// <summary>Reads one name or a list of names (as in <c>depends_on: validate</c> or <c>depends_on: [a, b]</c>).</summary>
    public IReadOnlyList<string> Names(SpecNode node, string field)
    {
        Locate(field, node);
        if (node is SpecScalar single)
        {
            return single.IsNull ? [] : [single.Value];
        }
        if (node is not SpecSequence list)
        {
            Error(field, node, $"{field} must be a task id or a list of task ids, got {node.Shape}");
            return [];
        }
        var names = new List<string>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (Text(list.Items[i], $"{field}[{i}]") is { } name)
            {
                names.Add(name);
            }
        }
        return names;
    }

    /// <summary>Converts a node to plain values: YAML 1.2 core-schema scalars (null, booleans, numbers, text), lists and ordered maps.</summary>
    public object? Plain(SpecNode node, string field)
    {
        Locate(field, node);
        return node switch
        {
            SpecScalar scalar => PlainScalar(scalar),
            SpecSequence list => list.Items.Select((item, i) => Plain(item, $"{field}[{i}]")).ToList(),
            SpecMapping map => map.Entries.Select(e => new KeyValuePair<string, object?>(e.Key.Value, Plain(e.Value, Join(field, e.Key.Value)))).ToList(),
            _ => null,
        };
    }

    public static string Join(string prefix, string key) => prefix.Length == 0 ? key : $"{prefix}.{key}";

    private static object? PlainScalar(SpecScalar scalar)
    {
        if (!scalar.IsPlain)
        {
            return scalar.Value;
        }
        if (scalar.IsNull)
        {
            return null;
        }
        var text = scalar.Value;
        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return text[0] is 't' or 'T';
        }
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }
        if (text.Any(char.IsAsciiDigit) && !text.Contains(',', StringComparison.Ordinal)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }
        return text;
    }
}

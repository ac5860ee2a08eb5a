using Osprey.Core.Registry;

namespace Osprey.Core.Tracking.Search;

/// <summary>What one entity's search accepts: which field prefixes may be filtered and sorted on, and which attributes exist with their types and aliases.</summary>
/// <remarks>Immutable and safe to share between threads; attribute names and aliases are matched case-insensitively.</remarks>
public sealed class SearchFieldSet
{
    private readonly int filterKindMask;
    private readonly int sortKindMask;
    private readonly Dictionary<string, SearchAttribute>.AlternateLookup<ReadOnlySpan<char>> attributeLookup;

    /// <summary>Creates a field set; throws <see cref="ArgumentException"/> when two attributes share a name or alias.</summary>
    /// <param name="entityName">The plural noun used in messages, such as "runs".</param>
    public SearchFieldSet(
        string entityName,
        IEnumerable<FieldKind> filterKinds,
        IEnumerable<FieldKind> sortKinds,
        IEnumerable<SearchAttribute> attributes)
    {
        EntityName = entityName;
        FilterKinds = [.. filterKinds.Distinct()];
        SortKinds = [.. sortKinds.Distinct()];
        Attributes = [.. attributes];
        filterKindMask = FilterKinds.Aggregate(0, (mask, kind) => mask | (1 << (int)kind));
        sortKindMask = SortKinds.Aggregate(0, (mask, kind) => mask | (1 << (int)kind));

        var byName = new Dictionary<string, SearchAttribute>(StringComparer.OrdinalIgnoreCase);
        foreach (var attribute in Attributes)
        {
            foreach (var name in attribute.Aliases.Prepend(attribute.Name))
            {
                if (!byName.TryAdd(name, attribute))
                {
                    throw new ArgumentException($"The attribute name or alias '{name}' is used twice.", nameof(attributes));
                }
            }
        }

        attributeLookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        FilterableAttributeNames = string.Join(", ", Attributes.Where(a => a.Filterable).Select(a => a.Name));
        SortableAttributeNames = string.Join(", ", Attributes.Where(a => a.Sortable).Select(a => a.Name));
    }

    /// <summary>The plural noun used in messages, such as "runs" or "model versions".</summary>
    public string EntityName { get; }

    /// <summary>The field prefixes a filter may use.</summary>
    public IReadOnlyList<FieldKind> FilterKinds { get; }

    /// <summary>The field prefixes an order-by clause may use.</summary>
    public IReadOnlyList<FieldKind> SortKinds { get; }

    /// <summary>Every attribute, filterable or sortable or both.</summary>
    public IReadOnlyList<SearchAttribute> Attributes { get; }

    /// <summary>The canonical names of the filterable attributes, comma-separated, for messages.</summary>
    public string FilterableAttributeNames { get; }

    /// <summary>The canonical names of the sortable attributes, comma-separated, for messages.</summary>
    public string SortableAttributeNames { get; }

    /// <summary>Run search: metrics, params, tags, attributes and data sets.</summary>
    public static SearchFieldSet Runs { get; } = new(
        "runs",
        [FieldKind.Metric, FieldKind.Param, FieldKind.Tag, FieldKind.Attribute, FieldKind.Dataset],
        [FieldKind.Metric, FieldKind.Param, FieldKind.Tag, FieldKind.Attribute],
        [
            new(RunAttribute.RunId, SearchValueType.String),
            new(RunAttribute.RunName, SearchValueType.String) { Aliases = ["run name"] },
            new(RunAttribute.Status, SearchValueType.String) { AllowedValues = ["RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED"] },
            new(RunAttribute.StartTime, SearchValueType.Number) { Aliases = ["created"] },
            new(RunAttribute.EndTime, SearchValueType.Number),
            new(RunAttribute.UserId, SearchValueType.String),
            new(RunAttribute.ArtifactUri, SearchValueType.String),
        ]);

    /// <summary>Experiment search: attributes and tags; experiment_id can be sorted on but not filtered.</summary>
    public static SearchFieldSet Experiments { get; } = new(
        "experiments",
        [FieldKind.Attribute, FieldKind.Tag],
        [FieldKind.Attribute],
        [
            new(ExperimentAttribute.Name, SearchValueType.String),
            new(ExperimentAttribute.ExperimentId, SearchValueType.String) { Filterable = false },
            new(ExperimentAttribute.CreationTime, SearchValueType.Number),
            new(ExperimentAttribute.LastUpdateTime, SearchValueType.Number),
        ]);

    /// <summary>Registered model search: attributes and tags (<c>timestamp</c> is MLflow's older order-by name for creation_timestamp).</summary>
    public static SearchFieldSet RegisteredModels { get; } = new(
        "registered models",
        [FieldKind.Attribute, FieldKind.Tag],
        [FieldKind.Attribute],
        [
            new(RegisteredModelAttribute.Name, SearchValueType.String),
            new(RegisteredModelAttribute.CreationTimestamp, SearchValueType.Number) { Aliases = ["timestamp"] },
            new(RegisteredModelAttribute.LastUpdatedTimestamp, SearchValueType.Number),
        ]);

    /// <summary>Model version search: attributes and tags.</summary>
    public static SearchFieldSet ModelVersions { get; } = new(
        "model versions",
        [FieldKind.Attribute, FieldKind.Tag],
        [FieldKind.Attribute],
        [
            new(ModelVersionAttribute.Name, SearchValueType.String),
            new(ModelVersionAttribute.VersionNumber, SearchValueType.Number),
            new(ModelVersionAttribute.RunId, SearchValueType.String),
            new(ModelVersionAttribute.Source, SearchValueType.String) { Aliases = ["source_path"] },
            new(ModelVersionAttribute.CurrentStage, SearchValueType.String) { AllowedValues = Enum.GetNames<ModelStage>() },
            new(ModelVersionAttribute.CreationTimestamp, SearchValueType.Number),
            new(ModelVersionAttribute.LastUpdatedTimestamp, SearchValueType.Number),
        ]);

    /// <summary>Whether a filter may name fields of this kind.</summary>
    public bool CanFilterBy(FieldKind kind) => (filterKindMask & (1 << (int)kind)) != 0;

    /// <summary>Whether an order-by clause may name fields of this kind.</summary>
    public bool CanSortBy(FieldKind kind) => (sortKindMask & (1 << (int)kind)) != 0;

    /// <summary>Finds an attribute by its canonical name or an alias, ignoring case; null when there is none.</summary>
    public SearchAttribute? FindAttribute(ReadOnlySpan<char> nameOrAlias) =>
        attributeLookup.TryGetValue(nameOrAlias, out var attribute) ? attribute : null;
}

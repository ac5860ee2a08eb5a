using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>What a logged model search accepts: metrics, params, tags and attributes, in filters and sort keys alike.</summary>
public static class LoggedModelSearchFields
{
    /// <summary>The field set; <c>creation_time</c> and <c>last_updated_time</c> are accepted for the timestamps.</summary>
    public static SearchFieldSet Fields { get; } = new(
        "logged models",
        [FieldKind.Metric, FieldKind.Param, FieldKind.Tag, FieldKind.Attribute],
        [FieldKind.Metric, FieldKind.Param, FieldKind.Tag, FieldKind.Attribute],
        [
            new(LoggedModelAttribute.ModelId, SearchValueType.String),
            new(LoggedModelAttribute.Name, SearchValueType.String),
            new(LoggedModelAttribute.ModelType, SearchValueType.String),
            new(LoggedModelAttribute.Status, SearchValueType.String) { AllowedValues = LoggedModelStatusNames.All },
            new(LoggedModelAttribute.SourceRunId, SearchValueType.String),
            new(LoggedModelAttribute.CreationTimestamp, SearchValueType.Number) { Aliases = ["creation_time"] },
            new(LoggedModelAttribute.LastUpdatedTimestamp, SearchValueType.Number) { Aliases = ["last_updated_time"] },
        ]);
}

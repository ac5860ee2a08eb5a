using Osprey.Core.Data;

namespace Osprey.Core.Learning.Preprocessing;

/// <summary>One raw input column a model reads and becomes one feature: its name, kind and (for categorical columns) the training categories in code order.</summary>
public sealed record InputColumn(string Name, ColumnKind Kind, IReadOnlyList<string>? Categories = null)
{
    /// <summary>Returns the feature this column becomes: categorical columns keep their codes, the others become numbers.</summary>
    public FeatureInfo ToFeature() => Kind == ColumnKind.Categorical
        ? FeatureInfo.Categorical(Name, Categories?.Count ?? 0)
        : FeatureInfo.Numeric(Name);
}

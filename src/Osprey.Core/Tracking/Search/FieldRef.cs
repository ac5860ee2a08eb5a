namespace Osprey.Core.Tracking.Search;

/// <summary>A field of a run: a metric, param, tag, attribute (canonical <see cref="RunAttribute"/> name) or data set field (name, digest, context).</summary>
public sealed record FieldRef(FieldKind Kind, string Key);

namespace Osprey.Core.Tracking.Search;

/// <summary>One comparison such as <c>metrics.f1 &gt; 0.7</c>; <see cref="Values"/> holds one value, several for IN, none for IS NULL.</summary>
public sealed record Comparison(FieldRef Field, ComparisonOperator Operator, IReadOnlyList<FilterValue> Values) : FilterExpression;

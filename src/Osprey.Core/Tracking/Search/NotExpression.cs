namespace Osprey.Core.Tracking.Search;

/// <summary>The inner expression must not hold.</summary>
public sealed record NotExpression(FilterExpression Inner) : FilterExpression;

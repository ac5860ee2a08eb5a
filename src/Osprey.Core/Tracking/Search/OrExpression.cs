namespace Osprey.Core.Tracking.Search;

/// <summary>Either side must hold.</summary>
public sealed record OrExpression(FilterExpression Left, FilterExpression Right) : FilterExpression;

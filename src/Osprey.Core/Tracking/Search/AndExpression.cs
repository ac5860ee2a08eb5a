namespace Osprey.Core.Tracking.Search;

/// <summary>Both sides must hold.</summary>
public sealed record AndExpression(FilterExpression Left, FilterExpression Right) : FilterExpression;

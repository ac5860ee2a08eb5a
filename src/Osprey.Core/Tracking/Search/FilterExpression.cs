namespace Osprey.Core.Tracking.Search;

/// <summary>A parsed run filter: a tree of <see cref="Comparison"/>, <see cref="AndExpression"/>, <see cref="OrExpression"/> and <see cref="NotExpression"/>.</summary>
public abstract record FilterExpression;

namespace Osprey.Core.Monitoring.Checks;

/// <summary>Stricter thresholds that turn a passing check into a warning: <c>mostly</c> for row checks, <c>min</c>/<c>max</c> for measured values, <c>max_age</c> for freshness.</summary>
public sealed record WarnThresholds(double? Mostly = null, double? Min = null, double? Max = null, TimeSpan? MaxAge = null);

namespace Osprey.Core.Alerting.Rules;

/// <summary>How a rule reduces the samples in its window to one value per series.</summary>
public enum WindowFunctionKind
{
    Avg,
    Max,
    Min,
    Last,
    Rate,
    Quantile,
    Age,
}

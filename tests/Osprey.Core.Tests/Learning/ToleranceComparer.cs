namespace Osprey.Core.Tests.Learning;

/// <summary>Compares doubles up to an absolute tolerance.</summary>
internal sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance || (double.IsNaN(x) && double.IsNaN(y));

    public int GetHashCode(double obj) => 0;
}

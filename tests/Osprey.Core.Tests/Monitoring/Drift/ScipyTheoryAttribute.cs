using Xunit;

namespace Osprey.Core.Tests.Monitoring.Drift;

/// <summary>A theory that compares with SciPy; skipped, with the reason, only where /usr/bin/python3 or SciPy is absent (CI provisions both).</summary>
internal sealed class ScipyTheoryAttribute : TheoryAttribute
{
    public ScipyTheoryAttribute()
    {
        if (ScipyOracle.WhyUnavailable is { } reason)
        {
            Skip = reason;
        }
    }
}

using System.Reflection;
using Osprey.Core.Serving;
using Osprey.Serving.Hosting;

namespace Osprey.Serving.Tests.Architecture;

/// <summary>The serving host depends on Core and the SQLite store only, and Core's serving code knows no ASP.NET.</summary>
public sealed class ServingDependencyTests
{
    [Fact]
    public void ServingAssembly_References_CoreAndStorageButNotTheServerOrCli()
    {
        var references = typeof(ServingHost).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.Contains("Osprey.Core", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Osprey.Server", StringComparison.Ordinal));
        Assert.DoesNotContain("osprey", references);
    }

    [Fact]
    public void CoreServingTypes_UseNoAspNet()
    {
        var offending = typeof(ServingRuntime).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Osprey.Core.Serving", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
            .Where(type => type.Namespace?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true)
            .ToList();

        Assert.Empty(offending);
    }
}

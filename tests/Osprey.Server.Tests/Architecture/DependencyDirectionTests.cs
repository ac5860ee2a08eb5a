using System.Reflection;
using Osprey.Core;
using Osprey.Server.Hosting;
using Osprey.Storage.Sqlite;

namespace Osprey.Server.Tests.Architecture;

/// <summary>Dependencies point inward: Core knows no database driver, no ASP.NET and no HTTP client; storage knows nothing of the server.</summary>
public sealed class DependencyDirectionTests
{
    [Theory]
    [InlineData("Microsoft.Data.Sqlite")]
    [InlineData("Npgsql")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("System.Net.Http")]
    [InlineData("Osprey.Storage")]
    [InlineData("Osprey.Server")]
    public void CoreAssembly_References_ExcludeOuterLayers(string forbidden)
    {
        var references = References(typeof(Workspace).Assembly);

        Assert.DoesNotContain(references, r => r.StartsWith(forbidden, StringComparison.Ordinal));
    }

    [Fact]
    public void CoreAssembly_Types_UseNoAspNetOrHttpClientTypes()
    {
        var offending = typeof(Workspace).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Select(f => f.FieldType)
                .Concat(t.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))))
            .Where(type => type.Namespace is { } ns && (ns.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
                || ns.StartsWith("System.Net.Http", StringComparison.Ordinal) || ns.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal)))
            .Select(type => type.FullName)
            .Distinct()
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void StorageAssembly_References_ExcludeTheServer()
    {
        var references = References(typeof(SqliteStores).Assembly);

        Assert.DoesNotContain(references, r => r.StartsWith("Osprey.Server", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains("Osprey.Core", references);
    }

    [Fact]
    public void ServerAssembly_References_IncludeCoreAndStorage()
    {
        var references = References(typeof(OspreyServerHost).Assembly);

        Assert.Contains("Osprey.Core", references);
        Assert.Contains("Osprey.Storage.Sqlite", references);
    }

    private static List<string> References(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();
}

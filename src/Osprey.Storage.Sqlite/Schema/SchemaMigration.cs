using System.Globalization;
using System.Reflection;

namespace Osprey.Storage.Sqlite.Schema;

/// <summary>One numbered, forward-only schema change (an embedded <c>Migrations/NNNN_name.sql</c> file).</summary>
internal sealed record SchemaMigration(int Version, string Name, string Sql)
{
    private const string ResourcePrefix = "Osprey.Storage.Sqlite.Migrations.";

    /// <summary>Gets the migrations this build ships, in version order.</summary>
    public static IReadOnlyList<SchemaMigration> Embedded { get; } = LoadEmbedded();

    private static List<SchemaMigration> LoadEmbedded()
    {
        var assembly = typeof(SchemaMigration).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Load(assembly, name))
            .OrderBy(migration => migration.Version)
            .ToList();
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Schema migrations must be numbered 1, 2, 3… without gaps; found {migrations[i].Name} at position {i + 1}.");
            }
        }
        return migrations;
    }

    private static SchemaMigration Load(Assembly assembly, string resource)
    {
        var name = resource[ResourcePrefix.Length..^".sql".Length];
        var digits = name.Split('_', 2)[0];
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new SchemaMigration(int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture), name, reader.ReadToEnd());
    }
}

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
        // Numbers may skip (branches reserve numbers and merge in any order) but never repeat.
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version < 1 || (i > 0 && migrations[i].Version == migrations[i - 1].Version))
            {
                throw new InvalidOperationException($"Schema migrations must have distinct positive numbers; found {migrations[i].Name}.");
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

using Osprey.Cli.Connections;
using Osprey.Core;
using Osprey.Core.Monitoring.Drift;

namespace Osprey.Cli.Commands;

/// <summary>The reference side of a drift check profiled where the command runs, so only the compact profile travels to a server:
/// a CSV file, a profile <c>.json</c>, or a registered model's training data (read through the connection).</summary>
internal static class DriftReferenceProfile
{
    /// <summary>Profiles the reference <paramref name="request"/> names; throws <see cref="ErrorCode.NotFound"/> for a missing file and
    /// <see cref="ErrorCode.InvalidParameter"/> unless exactly one reference is given.</summary>
    public static async Task<DataProfile> ReadAsync(DriftRequest request, Connection? connection, CancellationToken ct)
    {
        switch (request.ReferencePath, request.ReferenceModel)
        {
            case ({ } path, null):
                if (!File.Exists(path))
                {
                    throw OspreyException.NotFound($"The reference file '{path}' does not exist.");
                }
                if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    return DataProfile.FromJson(await File.ReadAllTextAsync(path, ct), path);
                }
                var reader = new CsvChunkReader(path);
                var schema = request.Options.Apply(reader.InferSchema());
                return ProfileBuilder.Profile(schema, reader.Read(schema), path, ct);
            case (null, { } model) when connection is not null:
                return await new ReferenceProfiles(connection.Versions, connection.Runs, connection.RunArtifacts).GetAsync(model, null, ct);
            default:
                throw OspreyException.Invalid("give exactly one reference: a CSV or profile file (--reference) or a model (--reference-model).");
        }
    }
}

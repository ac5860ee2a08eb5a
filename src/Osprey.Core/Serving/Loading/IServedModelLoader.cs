using Osprey.Core.Learning.Models;
using Osprey.Core.Registry;

namespace Osprey.Core.Serving.Loading;

/// <summary>Finds which registry version a reference names now, and loads a version's model file; neither runs on the request path.</summary>
public interface IServedModelLoader
{
    /// <summary>Returns the version the reference names now; throws <see cref="ErrorCode.NotFound"/> when it names none.</summary>
    Task<ModelVersion> ResolveAsync(ModelReference reference, CancellationToken ct);

    /// <summary>Reads and compiles a version's model; throws <see cref="ErrorCode.NotFound"/> when its file is missing and <see cref="ErrorCode.InvalidParameter"/> when it is not a model.</summary>
    Task<TrainedModel> LoadAsync(ModelVersion version, CancellationToken ct);
}

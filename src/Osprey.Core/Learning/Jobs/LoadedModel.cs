using Osprey.Core.Learning.Models;
using Osprey.Core.Registry;

namespace Osprey.Core.Learning.Jobs;

/// <summary>A model read for scoring, with where it came from: the registry version and the run behind it when there are such.</summary>
/// <param name="Source">Where the model file was read, such as <c>runs:/&lt;run&gt;/model/model.json</c> or a local path.</param>
public sealed record LoadedModel(TrainedModel Model, string Reference, string Source, ModelVersion? Version, string? RunId);

using Osprey.Core.Serving;

namespace Osprey.Serving.Kserve;

/// <summary>The Open Inference Protocol's model metadata: inputs with their datatypes and shapes, and the outputs an infer call returns.</summary>
internal static class V2Metadata
{
    public static object Of(string name, IEnumerable<ServedVersion> versions, ServedVersion described) => new
    {
        name,
        versions = versions.Select(v => v.VersionText).ToArray(),
        platform = "osprey",
        inputs = described.Schema.Features.Select(f => new { name = f.Name, datatype = Datatype(f.Type), shape = new[] { -1 } }).ToArray(),
        outputs = Outputs(described),
    };

    /// <summary>Gets the V2 datatype a feature type travels as.</summary>
    public static string Datatype(string featureType) => featureType switch
    {
        "numeric" => "FP64",
        "integer" => "INT64",
        "boolean" => "BOOL",
        _ => "BYTES",
    };

    private static object[] Outputs(ServedVersion version) => version.Classes.Count > 0
        ? [new { name = "predict", datatype = "BYTES", shape = new[] { -1 } }, new { name = "predict_proba", datatype = "FP64", shape = new[] { -1, version.Classes.Count } }]
        : [new { name = "predict", datatype = "FP64", shape = new[] { -1 } }];
}

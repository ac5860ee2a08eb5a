using System.Security.Cryptography;
using System.Text;
using Osprey.Core.Pipelines.Yaml;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>A pipeline as the workspace knows it: where its YAML came from, and either its definition or the errors that keep it from running.</summary>
/// <param name="Origin">The file the YAML was read from, or <c>registered</c> for YAML stored through the CLI or API.</param>
/// <param name="Digest">A fingerprint of the YAML, stored with each run so a changed file can be noticed.</param>
public sealed record LoadedPipeline(string Name, string Origin, string Source, string Digest, PipelineDefinition? Definition, IReadOnlyList<string> Errors)
{
    /// <summary>The origin of pipelines registered through the CLI or API.</summary>
    public const string Registered = "registered";

    /// <summary>Gets whether the pipeline can run.</summary>
    public bool IsValid => Definition is not null;

    /// <summary>Gets the definition, or throws <see cref="ErrorCode.InvalidState"/> listing the errors.</summary>
    public PipelineDefinition RequireDefinition() => Definition ?? throw new OspreyException(ErrorCode.InvalidState,
        $"Pipeline '{Name}' ({Origin}) cannot run until its errors are fixed: {string.Join("; ", Errors)}");

    /// <summary>Loads YAML; a file whose <c>name:</c> is invalid is named after <paramref name="fallbackName"/>.</summary>
    public static LoadedPipeline Load(string fileName, string origin, string source, ITaskTypeCatalog types, string fallbackName)
    {
        var result = PipelineYamlLoader.Load(fileName, source, types);
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)))[..16];
        return result.Definition is { } definition
            ? new LoadedPipeline(definition.Name, origin, source, digest, definition, [])
            : new LoadedPipeline(fallbackName, origin, source, digest, null, [.. result.Errors.Select(e => e.ToString())]);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Osprey.Cli.Demo;
using Osprey.Core.Registry;
using Osprey.Core.Security;
using Osprey.Core.Tracking;
using Osprey.Server.Contracts;
using Osprey.Server.Contracts.Registry;
using Osprey.Server.Contracts.Tracking;

namespace Osprey.Cli.Rendering;

/// <summary>The <c>--json</c> output: the same MLflow-shaped documents the REST API answers with, built by the server's contract mapping.</summary>
internal static class JsonOutput
{
    // The contract context carries MLflow's conventions (snake_case, absent nulls); the reflection resolver adds the few CLI-only documents.
    private static readonly JsonSerializerOptions Options = new(OspreyJsonContext.Default.Options)
    {
        WriteIndented = true,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(OspreyJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static void Experiments(Terminal terminal, IReadOnlyList<Experiment> experiments) =>
        terminal.Json(new SearchExperimentsResponse(experiments.Select(e => e.ToDto()).ToList(), null), Options);

    public static void Experiment(Terminal terminal, Experiment experiment) =>
        terminal.Json(new ExperimentResponse(experiment.ToDto()), Options);

    public static void Run(Terminal terminal, Run run) => terminal.Json(new RunResponse(run.ToDto()), Options);

    public static void Runs(Terminal terminal, Page<Run> page) =>
        terminal.Json(new SearchRunsResponse(page.Items.Select(r => r.ToDto()).ToList(), page.NextPageToken), Options);

    public static void Count(Terminal terminal, long count) => terminal.Json(new CountRunsResponse(count), Options);

    public static void Comparison(Terminal terminal, RunComparison comparison) => terminal.Json(new
    {
        RunIds = comparison.Runs.Select(r => r.Info.RunId.Value),
        Params = comparison.Params.Select(r => new { r.Key, r.Values, r.Differs }),
        Metrics = comparison.Metrics.Select(r => new { r.Key, r.Values, r.Differs }),
    }, Options);

    public static void Models(Terminal terminal, IReadOnlyList<RegisteredModel> models) =>
        terminal.Json(new SearchRegisteredModelsResponse(models.Select(m => m.ToDto()).ToList(), null), Options);

    public static void Model(Terminal terminal, RegisteredModel model, IReadOnlyList<ModelVersion> versions) => terminal.Json(new
    {
        RegisteredModel = model.ToDto(),
        ModelVersions = versions.Select(v => v.ToDto()),
    }, Options);

    public static void Versions(Terminal terminal, IReadOnlyList<ModelVersion> versions) =>
        terminal.Json(new ModelVersionsResponse(versions.Select(v => v.ToDto()).ToList()), Options);

    public static void Version(Terminal terminal, ModelVersion version) => terminal.Json(new ModelVersionResponse(version.ToDto()), Options);

    public static void History(Terminal terminal, IReadOnlyList<RegistryEvent> events) =>
        terminal.Json(new RegistryHistoryResponse(events.Select(e => e.ToDto()).ToList()), Options);

    public static void Holder(Terminal terminal, string model, string target, long timestamp, int? version) => terminal.Json(
        new AliasHolderResponse(model, target, timestamp, version is { } v ? RegistryMapping.VersionText(v) : null), Options);

    public static void CreatedToken(Terminal terminal, string name, string token) => terminal.Json(new { Name = name, Token = token }, Options);

    public static void Tokens(Terminal terminal, IReadOnlyList<ApiToken> tokens) =>
        terminal.Json(new { Tokens = tokens.Select(t => new { t.Name, t.CreatedAt, t.LastUsedAt }) }, Options);

    public static void Demo(Terminal terminal, DemoResult result) => terminal.Json(result, Options);
}

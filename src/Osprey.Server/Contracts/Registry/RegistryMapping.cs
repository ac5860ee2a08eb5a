using System.Globalization;
using Osprey.Core;
using Osprey.Core.Registry;
using Osprey.Core.Tracking.LoggedModels;
using Osprey.Server.Contracts.Tracking;

namespace Osprey.Server.Contracts.Registry;

/// <summary>Maps registry entities to their MLflow JSON shapes and back; versions travel as strings, empty text and lists are omitted.</summary>
public static class RegistryMapping
{
    /// <summary>Maps the ModelVersion to its MLflow JSON shape.</summary>
    public static ModelVersionDto ToDto(this ModelVersion version) => new(
        version.Name,
        VersionText(version.Version),
        version.CreationTimestamp,
        version.LastUpdatedTimestamp,
        NullIfEmpty(version.UserId),
        RegistryEnumNames.Name(version.CurrentStage),
        NullIfEmpty(version.Description),
        version.Source,
        NullIfEmpty(version.RunId),
        RegistryEnumNames.Name(version.Status),
        NullIfEmpty(version.StatusMessage),
        version.Tags.ToDto(),
        NullIfEmpty(version.RunLink),
        version.Aliases.Count == 0 ? null : version.Aliases.ToArray(),
        LoggedModelId.TryParseUri(version.Source, out var modelId) ? modelId.Value : null);

    /// <summary>Maps the ModelVersionDto back to the domain; a malformed member throws <see cref="ErrorCode.InvalidParameter"/>.</summary>
    public static ModelVersion ToDomain(this ModelVersionDto dto) => new(
        dto.Name,
        ParseVersion(dto.Version),
        dto.CreationTimestamp,
        dto.LastUpdatedTimestamp,
        dto.Description ?? "",
        dto.UserId ?? "",
        RegistryEnumNames.ParseStage(dto.CurrentStage ?? "None", "current_stage"),
        dto.Source ?? "",
        dto.RunId,
        dto.RunLink ?? "",
        RegistryEnumNames.ParseStatus(dto.Status),
        dto.StatusMessage ?? "",
        dto.Tags.ToDomain(),
        dto.Aliases ?? []);

    /// <summary>Maps the RegisteredModel to its MLflow JSON shape.</summary>
    public static RegisteredModelDto ToDto(this RegisteredModel model) => new(
        model.Name,
        model.CreationTimestamp,
        model.LastUpdatedTimestamp,
        null,
        NullIfEmpty(model.Description),
        model.LatestVersions.Count == 0 ? null : model.LatestVersions.Select(v => v.ToDto()).ToArray(),
        model.Tags.ToDto(),
        model.Aliases.Count == 0 ? null : model.Aliases.Select(a => new RegisteredModelAliasDto(a.Alias, VersionText(a.Version))).ToArray());

    /// <summary>Maps the RegisteredModelDto back to the domain; a malformed member throws <see cref="ErrorCode.InvalidParameter"/>.</summary>
    public static RegisteredModel ToDomain(this RegisteredModelDto dto) => new(
        dto.Name,
        dto.CreationTimestamp,
        dto.LastUpdatedTimestamp,
        dto.Description ?? "",
        dto.LatestVersions?.Select(v => v.ToDomain()).ToArray() ?? [],
        dto.Tags.ToDomain(),
        dto.Aliases?.Select(a => new ModelAlias(a.Alias, ParseVersion(a.Version, "aliases.version"))).ToArray() ?? []);

    /// <summary>Maps the RegistryEvent to its MLflow JSON shape.</summary>
    public static RegistryEventDto ToDto(this RegistryEvent change) => new(
        change.Id,
        change.ModelName,
        RegistryEnumNames.Name(change.Kind),
        change.Target,
        change.FromVersion is { } from ? VersionText(from) : null,
        change.ToVersion is { } to ? VersionText(to) : null,
        change.Actor,
        change.Reason,
        change.Timestamp);

    /// <summary>Maps the RegistryEventDto back to the domain; a malformed member throws <see cref="ErrorCode.InvalidParameter"/>.</summary>
    public static RegistryEvent ToDomain(this RegistryEventDto dto) => new(
        dto.Id,
        dto.ModelName,
        RegistryEnumNames.ParseEventKind(dto.Kind),
        dto.Target,
        dto.FromVersion is null ? null : ParseVersion(dto.FromVersion, "from_version"),
        dto.ToVersion is null ? null : ParseVersion(dto.ToVersion, "to_version"),
        dto.Actor,
        dto.Reason,
        dto.Timestamp);

    /// <summary>Renders a version number as MLflow does: a decimal string.</summary>
    public static string VersionText(int version) => version.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses a version number sent as a string; throws <see cref="ErrorCode.InvalidParameter"/> naming <paramref name="field"/> otherwise.</summary>
    public static int ParseVersion(string? text, string field = "version")
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }
        throw OspreyException.Invalid($"Invalid value '{text}' for parameter '{field}': a model version is a positive integer.");
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}

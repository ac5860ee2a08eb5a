using System.Globalization;
using Osprey.Core.Registry;

namespace Osprey.Core.Serving.Releases;

/// <summary>Moves the alias or stage a served reference follows, so a promotion or rollback made at the server is the registry's truth too.</summary>
/// <remarks>A fixed version (<c>churn/3</c>) or <c>latest</c> cannot be moved: promotion then changes only what this server serves.</remarks>
public sealed class RegistryMoves(IModelVersionService versions, IModelAliasService aliases)
{
    /// <summary>Points the reference's alias (or stage) at <paramref name="version"/>; does nothing for a fixed version or latest.</summary>
    public async Task MoveAsync(ModelReference reference, int version, string reason, CancellationToken ct)
    {
        var text = version.ToString(CultureInfo.InvariantCulture);
        switch (reference.Uri.Kind)
        {
            case ModelUriKind.Alias:
                await aliases.SetAsync(reference.Name, reference.Uri.Alias!, text, reason, ct);
                break;
            case ModelUriKind.Stage:
                await versions.TransitionStageAsync(reference.Name, text, reference.Uri.Stage!.Value.ToString(), archiveExistingVersions: true, reason, ct);
                break;
        }
    }

    /// <summary>Moves the reference's alias (or stage) back to the version that held it before <paramref name="current"/> and returns that version.</summary>
    /// <exception cref="OspreyException"><see cref="ErrorCode.InvalidState"/> for a fixed version or latest, or when there is no earlier holder.</exception>
    public async Task<int> MoveBackAsync(ModelReference reference, int current, string? reason, CancellationToken ct)
    {
        switch (reference.Uri.Kind)
        {
            case ModelUriKind.Alias:
                var moved = await aliases.RollbackAsync(reference.Name, reference.Uri.Alias!, reason, ct);
                return moved.ToVersion ?? throw new OspreyException(ErrorCode.InvalidState, $"Rolling back '{reference}' left it pointing nowhere.");
            case ModelUriKind.Stage:
                var stage = reference.Uri.Stage!.Value.ToString();
                var history = await aliases.GetHistoryAsync(reference.Name, stage, ct);
                var previous = history.LastOrDefault(e => e.ToVersion == current)?.FromVersion
                    ?? throw new OspreyException(ErrorCode.InvalidState, $"No version held {stage} of '{reference.Name}' before version {current}; nothing to roll back to.");
                await versions.TransitionStageAsync(reference.Name, previous.ToString(CultureInfo.InvariantCulture), stage, archiveExistingVersions: true,
                    reason ?? string.Create(CultureInfo.InvariantCulture, $"rollback from version {current} by osprey serve"), ct);
                return previous;
            default:
                throw new OspreyException(ErrorCode.InvalidState,
                    $"'{reference}' names a fixed version, so there is no earlier version to roll back to; serve an alias or a stage to roll back.");
        }
    }
}

namespace Osprey.Core.Alerting.Configuration;

/// <summary>The on-call definitions created over the API or CLI (files in <c>alerting/</c> are read separately and take precedence).</summary>
public interface IOnCallDefinitionStore
{
    /// <summary>Creates or replaces a definition.</summary>
    Task PutAsync(StoredDefinition definition, CancellationToken ct);

    /// <summary>Returns every stored definition, in kind then creation order.</summary>
    Task<IReadOnlyList<StoredDefinition>> ListAsync(CancellationToken ct);

    /// <summary>Deletes a definition; throws <see cref="ErrorCode.NotFound"/> when there is none.</summary>
    Task DeleteAsync(DefinitionKind kind, string name, CancellationToken ct);

    /// <summary>Returns a number that changes whenever a definition is written or deleted, so readers can cache the merged configuration.</summary>
    Task<long> VersionAsync(CancellationToken ct);
}

using Osprey.Core;
using Osprey.Core.Artifacts;
using Osprey.Core.Registry;
using Osprey.Core.Security;
using Osprey.Core.Tracking;

namespace Osprey.Cli.Connections;

/// <summary>The services commands call, backed either by the local workspace or by a server over HTTP.</summary>
internal sealed class Connection : IAsyncDisposable
{
    private readonly IAsyncDisposable? _owned;
    private readonly ApiTokenService? _tokens;

    /// <summary>Creates a connection over services; <paramref name="owned"/> (a database or an HTTP client) is disposed with it.</summary>
    public Connection(string description, IExperimentService experiments, IRunService runs, IRunArtifactService runArtifacts,
        IRegisteredModelService models, IModelVersionService versions, IModelAliasService aliases,
        ApiTokenService? tokens, IAsyncDisposable? owned)
    {
        Description = description;
        Experiments = experiments;
        Runs = runs;
        RunArtifacts = runArtifacts;
        Models = models;
        Versions = versions;
        Aliases = aliases;
        _tokens = tokens;
        _owned = owned;
    }

    /// <summary>Gets where the calls go, such as "workspace /home/me/.osprey" or "server http://host:5000".</summary>
    public string Description { get; }

    public IExperimentService Experiments { get; }

    public IRunService Runs { get; }

    public IRunArtifactService RunArtifacts { get; }

    public IRegisteredModelService Models { get; }

    public IModelVersionService Versions { get; }

    public IModelAliasService Aliases { get; }

    /// <summary>Gets the token service; throws <see cref="ErrorCode.InvalidState"/> over a server, where tokens are managed on the server's machine.</summary>
    public ApiTokenService Tokens => _tokens ?? throw new OspreyException(ErrorCode.InvalidState,
        "API tokens are managed on the server's own workspace: run 'osprey tokens ...' there without --server.");

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_owned is not null)
        {
            await _owned.DisposeAsync();
        }
    }
}

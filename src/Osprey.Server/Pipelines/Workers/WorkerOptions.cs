namespace Osprey.Server.Pipelines.Workers;

/// <summary>How an <c>osprey worker</c> process runs: which server it serves, the workspace it writes logs into, how many tries it runs at once.</summary>
/// <param name="Server">The base URL of the server (or <c>osprey run</c>) that hands out tries.</param>
/// <param name="Home">The workspace folder; logs go to <c>logs/</c> under it.</param>
/// <param name="Slots">How many tries run at once.</param>
/// <param name="WorkingDirectory">The folder shell tasks start in and relative paths are read against.</param>
public sealed record WorkerOptions(Uri Server, string Home, int Slots, string WorkingDirectory)
{
    /// <summary>Gets the worker's id (machine, process id and start time).</summary>
    public string WorkerId { get; init; } = Core.Pipelines.Execution.WorkerIds.ForThisProcess();

    /// <summary>Gets the task types it takes, or null for every type it can run.</summary>
    public IReadOnlyList<string>? Types { get; init; }

    /// <summary>Gets an API token for servers that require one.</summary>
    public string? Token { get; init; }

    /// <summary>Gets the secret of the server that started this worker, if it did.</summary>
    public string? Secret { get; init; }

    /// <summary>Gets how long a poll waits for work before asking again.</summary>
    public TimeSpan PollWait { get; init; } = TimeSpan.FromSeconds(15);
}

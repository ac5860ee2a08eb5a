namespace Osprey.Cli;

/// <summary>What the CLI reads from the process around it: environment variables, the clock and the user's name.</summary>
/// <param name="GetVariable">Reads an environment variable (null when unset).</param>
/// <param name="Clock">The clock for run times and durations.</param>
/// <param name="UserName">Recorded as the actor of local changes and the owner of local runs.</param>
public sealed record CliEnvironment(Func<string, string?> GetVariable, TimeProvider Clock, string UserName)
{
    /// <summary>Gets the real process environment, system clock and OS user.</summary>
    public static CliEnvironment Process { get; } =
        new(Environment.GetEnvironmentVariable, TimeProvider.System, Environment.UserName);
}

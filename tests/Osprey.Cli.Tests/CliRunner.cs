using Osprey.TestKit;

namespace Osprey.Cli.Tests;

/// <summary>Runs <c>osprey</c> in-process against its own temporary workspace, with no environment variables leaking in.</summary>
public sealed class CliRunner : IDisposable
{
    private readonly TempDirectory _home = new();
    private readonly Dictionary<string, string> _variables = [];

    /// <summary>Gets the workspace folder every command is pointed at with <c>--home</c>.</summary>
    public string Home => _home.Path;

    /// <summary>Sets an environment variable the command line will see.</summary>
    public CliRunner With(string name, string value)
    {
        _variables[name] = value;
        return this;
    }

    /// <summary>Gets or sets a server URL; when set, commands go there with <c>--server</c> instead of to <see cref="Home"/>.</summary>
    public string? Server { get; set; }

    /// <summary>Runs one command line against this runner's workspace (or <see cref="Server"/> when set).</summary>
    public Task<CliResult> RunAsync(params string[] args) =>
        RunRawAsync(Server is null ? [.. args, "--home", Home] : [.. args, "--server", Server]);

    /// <summary>Runs one command line exactly as given.</summary>
    public async Task<CliResult> RunRawAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(name => _variables.GetValueOrDefault(name), TimeProvider.System, "test-user");
        var code = await Cli.RunAsync(args, output, error, environment);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs a command that must succeed and returns its result.</summary>
    public async Task<CliResult> SucceedAsync(params string[] args)
    {
        var result = await RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    public void Dispose() => _home.Dispose();
}

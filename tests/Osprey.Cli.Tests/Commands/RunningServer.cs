using System.Text.RegularExpressions;

namespace Osprey.Cli.Tests.Commands;

/// <summary><c>osprey server --port 0</c> running in-process over a workspace until stopped, with a client for its address.</summary>
internal sealed partial class RunningServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task<int> _running;
    private int? _exitCode;

    private RunningServer(CancellationTokenSource stop, Task<int> running, string address)
    {
        _stop = stop;
        _running = running;
        Client = new HttpClient { BaseAddress = new Uri(address + "/") };
    }

    /// <summary>Gets a client whose base address is the server's.</summary>
    public HttpClient Client { get; }

    /// <summary>Starts <c>osprey server --port 0 --home <paramref name="home"/></c> with <paramref name="args"/> and waits for its banner; fails the test with its error when it exits instead.</summary>
    public static async Task<RunningServer> StartAsync(string home, params string[] args)
    {
        var output = new WatchedWriter("Stop with Ctrl+C");
        var error = new StringWriter();
        var stop = new CancellationTokenSource();
        var environment = new CliEnvironment(_ => null, TimeProvider.System, "test-user");
        var running = Cli.RunAsync(["server", "--port", "0", "--home", home, .. args], output, error, environment, stop.Token);
        if (await Task.WhenAny(output.Seen, running) == running)
        {
            stop.Dispose();
            Assert.Fail($"osprey server exited with {await running} before listening: {error}");
        }
        return new RunningServer(stop, running, Address().Match(await output.Seen).Value);
    }

    /// <summary>Stops the server as Ctrl+C would (its prediction log is written out) and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        if (_exitCode is null)
        {
            await _stop.CancelAsync();
            _exitCode = await _running;
        }
        return _exitCode.Value;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Client.Dispose();
        _stop.Dispose();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();
}

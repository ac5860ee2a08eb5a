namespace Osprey.Server.Tests;

/// <summary>One live server per test class (a fresh workspace each); tests in the class make their own uniquely named data.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private LiveServer? _server;

    public LiveServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public HttpClient Client => Server.Client;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

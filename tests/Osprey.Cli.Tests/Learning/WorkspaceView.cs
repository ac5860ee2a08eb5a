using Osprey.Cli.Connections;
using Osprey.Core.Learning.Models;
using Osprey.Core.Tracking;

namespace Osprey.Cli.Tests.Learning;

/// <summary>Opens a runner's workspace directly, to look at what a command recorded (run, metric history, artifacts, registry).</summary>
internal sealed class WorkspaceView : IAsyncDisposable
{
    private WorkspaceView(Connection connection) => Connection = connection;

    public Connection Connection { get; }

    public static async Task<WorkspaceView> OpenAsync(CliRunner cli) =>
        new(await LocalConnection.OpenAsync(cli.Home, new CliEnvironment(_ => null, TimeProvider.System, "inspector"), default));

    public Task<Run> RunAsync(string runId) => Connection.Runs.GetAsync(runId, default);

    public async Task<IReadOnlyList<Metric>> HistoryAsync(string runId, string key) =>
        (await Connection.Runs.GetMetricHistoryAsync(runId, key, null, null, default)).Items;

    public async Task<string> TextAsync(string runId, string path)
    {
        await using var stream = await Connection.RunArtifacts.OpenReadAsync(runId, path, default);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    public async Task<TrainedModel> ModelAsync(string runId)
    {
        await using var stream = await Connection.RunArtifacts.OpenReadAsync(runId, "model/model.json", default);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        buffer.Position = 0;
        return ModelFile.Load(buffer, "model.json");
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}

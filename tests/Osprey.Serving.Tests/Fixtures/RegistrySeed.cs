using Osprey.Core;
using Osprey.Core.Tracking;

namespace Osprey.Serving.Tests.Fixtures;

/// <summary>Registers model files as versions of a registered model, the way training leaves them: a run holding <c>model/model.json</c>.</summary>
public static class RegistrySeed
{
    /// <summary>Logs the bytes in a new run and registers them as the model's next version; returns the version number.</summary>
    public static async Task<int> RegisterAsync(Workspace workspace, string model, byte[] modelFile)
    {
        var ct = CancellationToken.None;
        try
        {
            await workspace.Models.GetAsync(model, ct);
        }
        catch (OspreyException missing) when (missing.Code == ErrorCode.NotFound)
        {
            await workspace.Models.CreateAsync(model, null, null, ct);
        }
        var run = await workspace.Runs.CreateAsync(new CreateRunRequest("0"), ct);
        var runId = run.Info.RunId.Value;
        await workspace.RunArtifacts.WriteAsync(runId, "model/model.json", new MemoryStream(modelFile), long.MaxValue, ct);
        var version = await workspace.Versions.CreateAsync(model, $"runs:/{runId}/model", runId, null, null, ct);
        return version.Version;
    }
}

using Osprey.Core.Registry;
using Osprey.Core.Serving.Predictions;

namespace Osprey.Core.Monitoring.Performance;

/// <summary>Tells a model name nobody registered or served (a typo) from a model that simply logged nothing in a window.</summary>
public static class MonitoredModel
{
    /// <summary>Returns when <paramref name="model"/> is registered or has any logged prediction; throws <see cref="ErrorCode.NotFound"/> naming it otherwise.</summary>
    public static async Task RequireKnownAsync(IRegisteredModelStore models, IPredictionLogStore log, string model, CancellationToken ct)
    {
        try
        {
            await models.GetAsync(model, ct);
            return;
        }
        catch (OspreyException missing) when (missing.Code == ErrorCode.NotFound)
        {
            // A model served from a file is in the log without being registered; look there before refusing.
        }
        if ((await log.ReadAsync(new PredictionLogQuery(model, Limit: 1), ct)).Count == 0)
        {
            throw OspreyException.NotFound($"Model '{model}' is neither registered nor in the prediction log; check the name given as 'model'.");
        }
    }
}

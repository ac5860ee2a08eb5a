namespace Osprey.Core.Pipelines.Runs;

/// <summary>Draws jitter from a <see cref="Random"/> (seed it for repeatable tests).</summary>
public sealed class RandomRetryJitter(Random random) : IRetryJitter
{
    private readonly Lock gate = new();

    public double Next(PipelineRunId runId, string taskId, int failedTry)
    {
        lock (gate)
        {
            // Jitter spreads retries; it is not a secret, so a non-cryptographic generator is right here.
#pragma warning disable CA5394
            return random.NextDouble();
#pragma warning restore CA5394
        }
    }
}

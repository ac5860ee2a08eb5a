using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>Derives jitter from a hash of run, task and try (as Airflow does), so the same retry always waits the same time, even after a restart.</summary>
public sealed class HashRetryJitter : IRetryJitter
{
    /// <summary>Gets the shared instance.</summary>
    public static HashRetryJitter Instance { get; } = new();

    public double Next(PipelineRunId runId, string taskId, int failedTry)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{runId.Value}#{taskId}#{failedTry}"));
        return (BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11) / (double)(1UL << 53);
    }
}

namespace Osprey.Bench.Serving;

/// <summary>One measured wrk run with the server's CPU seconds and the bytes it allocated per request (NaN for the Python peer).</summary>
internal sealed record Measured(WrkResult Wrk, double CpuSeconds, double BytesPerRequest);

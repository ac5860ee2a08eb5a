namespace Osprey.Core.Alerting.Uptime;

/// <summary>How a TCP monitor checks a port: it is up when a connection opens within <paramref name="Timeout"/>.</summary>
public sealed record TcpCheck(string Host, int Port, TimeSpan Timeout);

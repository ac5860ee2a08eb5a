namespace Osprey.Core.Alerting;

/// <summary>What raising an alert did: the open alert it landed on, whether it was a repeat of an open alias, and the alert's occurrence count now.</summary>
public sealed record AlertReceipt(string AlertId, bool Deduplicated, int Count);

using System.Security.Cryptography;
using System.Text;

namespace Osprey.Core.Alerting.Notifications;

/// <summary>Derives delivery ids from a notification's unique key, so a retry (even after a restart) carries the same id and a receiver can drop repeats.</summary>
public static class DeliveryIds
{
    /// <summary>Returns the id of the notification (alert, event sequence, recipient, channel).</summary>
    public static string For(string alertId, long eventSequence, string recipient, string channel) =>
        "dlv_" + Hash($"{alertId}\n{eventSequence}\n{recipient}\n{channel}");

    /// <summary>Returns the id of a digest that carries the notifications with these delivery ids.</summary>
    public static string ForDigest(IEnumerable<string> deliveryIds) =>
        "dig_" + Hash(string.Join('\n', deliveryIds.Order(StringComparer.Ordinal)));

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}

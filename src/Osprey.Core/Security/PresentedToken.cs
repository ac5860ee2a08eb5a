using System.Text;

namespace Osprey.Core.Security;

/// <summary>Reads the token a client presents in its <c>Authorization</c> header: <c>Bearer &lt;token&gt;</c>, or Basic with the token as password (as MLflow clients send).</summary>
public static class PresentedToken
{
    /// <summary>Returns the token in an <c>Authorization</c> header value, or null when there is none.</summary>
    public static string? FromAuthorization(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var token = header["Bearer ".Length..].Trim();
            return token.Length == 0 ? null : token;
        }
        return header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) ? BasicPassword(header["Basic ".Length..].Trim()) : null;
    }

    private static string? BasicPassword(string encoded)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon >= 0 && colon < text.Length - 1 ? text[(colon + 1)..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

using System.Text;

namespace Osprey.TestKit.Smtp;

/// <summary>One message the SMTP sink accepted: the envelope and the raw data, with its headers parsed.</summary>
public sealed record SmtpMessage(string From, IReadOnlyList<string> To, string Data)
{
    /// <summary>Returns the first value of a header (unfolded), or null when absent.</summary>
    public string? Header(string name)
    {
        var head = Data.Split("\r\n\r\n", 2)[0].Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal);
        foreach (var line in head.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && string.Equals(line[..colon], name, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }
        return null;
    }

    /// <summary>Gets the body after the headers as sent (possibly base64 or quoted-printable).</summary>
    public string RawBody => Data.Split("\r\n\r\n", 2) is [_, var body] ? body : "";

    /// <summary>Gets the body decoded from its Content-Transfer-Encoding (base64 and quoted-printable are understood).</summary>
    public string Body => Header("Content-Transfer-Encoding")?.ToLowerInvariant() switch
    {
        "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(RawBody.Replace("\r\n", "", StringComparison.Ordinal))),
        "quoted-printable" => QuotedPrintable(RawBody),
        _ => RawBody,
    };

    private static string QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        var joined = text.Replace("=\r\n", "", StringComparison.Ordinal);
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }
        return Encoding.UTF8.GetString([.. bytes]);
    }
}

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

    /// <summary>Gets the body after the headers.</summary>
    public string Body => Data.Split("\r\n\r\n", 2) is [_, var body] ? body : "";
}

using System.Net.Sockets;
using System.Text;

namespace Osprey.Server.Tests;

/// <summary>Sends a request line byte for byte over a socket, so paths like <c>/a/../b</c> reach the server unnormalised (HttpClient would fold them).</summary>
public static class RawHttp
{
    /// <summary>Sends the request and returns the status code and body.</summary>
    public static async Task<(int Status, string Body)> SendAsync(Uri server, string method, string rawTarget, string body = "")
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stream = tcp.GetStream();
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"{method} {rawTarget} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: text/plain\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(bytes);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (status, split < 0 ? "" : response[(split + 4)..]);
    }
}

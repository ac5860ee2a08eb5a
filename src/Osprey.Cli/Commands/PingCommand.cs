using System.CommandLine;
using Osprey.Core;
using Osprey.Core.Alerting.Heartbeats;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey ping TOKEN|URL [--start|--fail]</c>: tells a heartbeat that a job succeeded, started or failed.</summary>
internal static class PingCommand
{
    public static Command Build(CommandContext context)
    {
        var target = new Argument<string>("token-or-url") { Description = "The heartbeat's token, or its full ping URL" };
        var start = new Option<bool>("--start") { Description = "Report that the job started (the next ping records its duration)" };
        var fail = new Option<bool>("--fail") { Description = "Report that the job failed (an incident opens at once)" };
        var command = new Command("ping", "Ping a heartbeat on a server (--server or OSPREY_SERVER; default http://127.0.0.1:5000)") { target, start, fail };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(start) && parse.GetValue(fail))
            {
                throw OspreyException.Invalid("Give --start or --fail, not both.");
            }
            var kind = parse.GetValue(fail) ? PingKind.Fail : parse.GetValue(start) ? PingKind.Start : PingKind.Success;
            var url = PingUrl(parse.GetRequiredValue(target), context.Settings(parse).ServerUrl, kind);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            using var response = await http.PostAsync(url, null, ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new OspreyException(response.StatusCode == System.Net.HttpStatusCode.NotFound ? ErrorCode.NotFound : ErrorCode.Unavailable,
                    $"The heartbeat ping to {Redacted(url)} answered {(int)response.StatusCode}; check the token.");
            }
            context.Terminal.Line($"Pinged ({kind.ToString().ToLowerInvariant()}).");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Returns the URL to call: a full URL as given (with /start or /fail added), or the server's ping path for a token.</summary>
    public static Uri PingUrl(string target, string? server, PingKind kind)
    {
        var suffix = kind switch { PingKind.Start => "/start", PingKind.Fail => "/fail", _ => "" };
        if (target.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(target.TrimEnd('/') + suffix, UriKind.Absolute, out var url) ? url : throw OspreyException.Invalid($"'{target}' is not a valid URL.");
        }
        if (!HeartbeatTokens.IsWellFormed(target))
        {
            throw OspreyException.Invalid("The token must be 16 to 128 letters, digits, '-' or '_' (as 'osprey heartbeats list' shows), or give the full ping URL.");
        }
        return new Uri($"{(server ?? "http://127.0.0.1:5000").TrimEnd('/')}/api/heartbeat/{target}{suffix}");
    }

    // The token is the heartbeat's secret; messages show only its first characters.
    private static string Redacted(Uri url)
    {
        var text = url.ToString();
        var at = text.IndexOf("/api/heartbeat/", StringComparison.Ordinal);
        return at < 0 ? text : text[..(at + "/api/heartbeat/".Length + 4)] + "…";
    }
}

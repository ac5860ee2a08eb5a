using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Osprey.Core;
using Osprey.Core.Serving;
using Spectre.Console;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey serve status|canary|shadow|promote|rollback|refresh</c>, which steer a running serve process over HTTP.</summary>
internal static class ServeControlCommands
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Adds the control subcommands to <c>serve</c>.</summary>
    public static void AddTo(Command serve, CommandContext context)
    {
        var url = new Option<string?>("--url") { Description = $"The serve process to control (default $OSPREY_SERVE_URL, else {ServeClient.DefaultUrl})" };
        var model = new Option<string?>("--model", "-m") { Description = "The served model (optional when the server serves one)" };
        var reason = new Option<string?>("--reason") { Description = "Why, recorded with the registry move" };
        var percent = new Option<double?>("--percent") { Description = "The canary's share of traffic in percent (default 10)" };
        var version = new Argument<string>("version") { Description = "A version of a served model, such as churn/4" };
        var off = new Option<bool>("--off") { Description = "Remove the candidate instead" };

        serve.Subcommands.Add(Control(context, "status", "Show what a running serve process serves", [url], (client, parse, ct) =>
            client.SendAsync(HttpMethod.Get, "admin/status", null, ct)));
        serve.Subcommands.Add(Control(context, "promote", "Make the canary the stable version (moves the followed alias or stage to it)", [url, model, reason], async (client, parse, ct) =>
            await client.SendAsync(HttpMethod.Post, $"admin/models/{await ModelAsync(client, parse, model, ct)}/promote", new { reason = parse.GetValue(reason) }, ct)));
        serve.Subcommands.Add(Control(context, "rollback", "Drop the canary, or move the followed alias or stage back to its previous version", [url, model, reason], async (client, parse, ct) =>
            await client.SendAsync(HttpMethod.Post, $"admin/models/{await ModelAsync(client, parse, model, ct)}/rollback", new { reason = parse.GetValue(reason) }, ct)));
        serve.Subcommands.Add(Control(context, "refresh", "Read the registry now instead of waiting for the next poll", [url, model], async (client, parse, ct) =>
            await client.SendAsync(HttpMethod.Post, $"admin/models/{await ModelAsync(client, parse, model, ct)}/refresh", null, ct)));
        serve.Subcommands.Add(Candidate(context, "canary", "Send a share of traffic to a version (or --off)", url, version, off, percent));
        serve.Subcommands.Add(Candidate(context, "shadow", "Mirror every request to a version without returning its answers (or --off)", url, version, off, null));
    }

    private static Command Candidate(CommandContext context, string name, string description, Option<string?> url, Argument<string> version, Option<bool> off, Option<double?>? percent)
    {
        var options = percent is null ? new Option[] { url, off } : [url, off, percent];
        var command = Control(context, name, description, options, (client, parse, ct) =>
        {
            var reference = ModelReference.ParseVersion(parse.GetRequiredValue(version), name);
            var path = $"admin/models/{Uri.EscapeDataString(reference.Name)}/{name}";
            return parse.GetValue(off)
                ? client.SendAsync(HttpMethod.Delete, path, null, ct)
                : client.SendAsync(HttpMethod.Post, path, new { version = reference.Uri.Version, percent = percent is null ? null : parse.GetValue(percent) }, ct);
        });
        command.Arguments.Add(version);
        return command;
    }

    private static Command Control(CommandContext context, string name, string description, Option[] options, Func<ServeClient, ParseResult, CancellationToken, Task<JsonElement>> call)
    {
        var command = new Command(name, description);
        foreach (var option in options)
        {
            command.Options.Add(option);
        }
        command.SetAction(async (parse, ct) =>
        {
            var settings = context.Settings(parse);
            var address = parse.GetValue((Option<string?>)options[0]) ?? context.Environment.GetVariable("OSPREY_SERVE_URL") ?? ServeClient.DefaultUrl;
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
            {
                throw OspreyException.Invalid($"--url is '{address}'; expected an address such as {ServeClient.DefaultUrl}.");
            }
            using var client = new ServeClient(uri, settings.Token);
            Show(context, parse, await call(client, parse, ct));
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<string> ModelAsync(ServeClient client, ParseResult parse, Option<string?> model, CancellationToken ct) =>
        Uri.EscapeDataString(parse.GetValue(model) ?? await client.SingleModelAsync(ct));

    private static void Show(CommandContext context, ParseResult parse, JsonElement answer)
    {
        if (context.IsJson(parse))
        {
            context.Terminal.Json(answer, Indented);
            return;
        }
        var statuses = answer.TryGetProperty("models", out var list) ? list.EnumerateArray().ToList() : [answer];
        var table = new Table().AddColumns("Model", "Follows", "Stable", "Canary", "Share", "Shadow", "Last error");
        foreach (var status in statuses)
        {
            table.AddRow(Text(status, "model"), Text(status, "reference"), Text(status, "stable"), Text(status, "canary"),
                status.TryGetProperty("canary", out _) ? $"{Text(status, "canary_percent")}%" : "", Text(status, "shadow"), Text(status, "last_error"));
        }
        context.Terminal.Write(table);
    }

    private static string Markup(string text) => Spectre.Console.Markup.Escape(text);

    private static string Text(JsonElement status, string name) => !status.TryGetProperty(name, out var value) ? "" : Markup(value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Null => "",
        _ => value.GetRawText(),
    });
}

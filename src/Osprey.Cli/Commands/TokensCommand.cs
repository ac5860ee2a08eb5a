using System.CommandLine;
using Osprey.Cli.Rendering;
using Spectre.Console;

namespace Osprey.Cli.Commands;

/// <summary>Builds <c>osprey tokens create|list|revoke</c>, which manage the API tokens of the local workspace.</summary>
internal static class TokensCommand
{
    /// <summary>Builds the command and its subcommands with their options and actions.</summary>
    public static Command Build(CommandContext context)
    {
        var command = CommandContext.Group("tokens", "Create, list and revoke the API tokens a server accepts (on the local workspace)");
        command.Subcommands.Add(Create(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Revoke(context));
        return command;
    }

    private static Argument<string> TokenName(string description) => new("name") { Description = description };

    private static Command Create(CommandContext context)
    {
        var name = TokenName("A unique name for the token, such as the team or machine using it");
        var command = new Command("create", "Create a token and print it once; only its hash is stored") { name };
        context.SetAction(command, async (parse, connection, ct) =>
        {
            var tokenName = parse.GetRequiredValue(name);
            var token = await connection.Tokens.CreateAsync(tokenName, ct);
            if (context.IsJson(parse))
            {
                JsonOutput.CreatedToken(context.Terminal, tokenName, token);
                return;
            }
            context.Terminal.MarkupLine($"Created token [bold]{DisplayText.Escape(tokenName)}[/]. Copy it now; it is not shown again:");
            context.Terminal.Line(token);
            context.Terminal.MarkupLine("[grey]Clients send it as 'Authorization: Bearer <token>' (MLflow clients: MLFLOW_TRACKING_TOKEN; osprey: --token or OSPREY_TOKEN).[/]");
        });
        return command;
    }

    private static Command List(CommandContext context)
    {
        var command = new Command("list", "List token names, when they were created and last used");
        context.SetAction(command, async (parse, connection, ct) =>
        {
            var tokens = await connection.Tokens.ListAsync(ct);
            if (context.IsJson(parse))
            {
                JsonOutput.Tokens(context.Terminal, tokens);
                return;
            }
            if (tokens.Count == 0)
            {
                context.Terminal.MarkupLine("[grey]No tokens. 'osprey tokens create NAME' makes one.[/]");
                return;
            }
            var table = new Table().AddColumns("Name", "Created", "Last used");
            foreach (var token in tokens)
            {
                table.AddRow(DisplayText.Escape(token.Name), DisplayText.Time(token.CreatedAt),
                    token.LastUsedAt is { } used ? DisplayText.Time(used) : "never");
            }
            context.Terminal.Write(table);
        });
        return command;
    }

    private static Command Revoke(CommandContext context)
    {
        var name = TokenName("The token's name");
        var command = new Command("revoke", "Revoke a token; requests carrying it are refused from then on") { name };
        context.SetAction(command, async (parse, connection, ct) =>
        {
            await connection.Tokens.RevokeAsync(parse.GetRequiredValue(name), ct);
            context.Terminal.MarkupLine($"Revoked token [bold]{DisplayText.Escape(parse.GetRequiredValue(name))}[/].");
        });
        return command;
    }
}

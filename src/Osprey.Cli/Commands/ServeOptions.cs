using System.CommandLine;
using System.Globalization;
using Osprey.Core;
using Osprey.Serving.Hosting;

namespace Osprey.Cli.Commands;

/// <summary>The options of <c>osprey serve</c> and how they become the serving host's options.</summary>
internal sealed class ServeOptions
{
    public Option<string[]> Models { get; } = new("--model", "-m")
    {
        Description = "Model to serve: name@alias, name@Production, name/3 or name/latest (repeat for several models)",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string> Host { get; } = new("--host") { Description = "Address to bind (default 127.0.0.1; any other address requires an API token)", DefaultValueFactory = _ => "127.0.0.1" };

    public Option<int> Port { get; } = new("--port", "-p") { Description = "Port to listen on (default 8080; 0 picks a free one)", DefaultValueFactory = _ => 8080 };

    /// <summary>Gets the options <c>osprey server --serve</c> shares.</summary>
    public ServingOptions Serving { get; } = new();

    public Option<bool> RequireToken { get; } = new("--require-token") { Description = "Require a token even on loopback" };

    public Option<string?> ServeToken { get; } = new("--serve-token")
    {
        Description = "Token this server's clients must send (default: $OSPREY_SERVE_TOKEN, else the --token or $OSPREY_TOKEN given for --server)",
    };

    /// <summary>Adds every option to the command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Models);
        command.Options.Add(Host);
        command.Options.Add(Port);
        Serving.AddTo(command);
        command.Options.Add(RequireToken);
        command.Options.Add(ServeToken);
    }

    /// <summary>Returns the token clients must send: <c>--serve-token</c>, else <c>OSPREY_SERVE_TOKEN</c>, else the connection's token.</summary>
    public string? ServingToken(ParseResult parse, Func<string, string?> getVariable, string? connectionToken) =>
        new[] { parse.GetValue(ServeToken), getVariable("OSPREY_SERVE_TOKEN") }.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? connectionToken;

    /// <summary>Builds the host options from a parse; throws <see cref="ErrorCode.InvalidParameter"/> naming the option at fault.</summary>
    public ServingHostOptions ToHostOptions(ParseResult parse, string home, string? token, TimeProvider clock)
    {
        var models = parse.GetValue(Models) ?? [];
        if (models.Length == 0)
        {
            throw OspreyException.Invalid("Name a model to serve, such as 'osprey serve --model churn@champion'.");
        }
        var host = parse.GetRequiredValue(Host);
        var urlHost = host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]" : host;
        var options = new ServingHostOptions(new WorkspaceOptions(home), models)
        {
            Urls = $"http://{urlHost}:{parse.GetValue(Port).ToString(CultureInfo.InvariantCulture)}",
            StaticToken = token,
            RequireToken = parse.GetValue(RequireToken),
            Clock = clock,
        };
        return Serving.ApplyTo(options, parse);
    }
}

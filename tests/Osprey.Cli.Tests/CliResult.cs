using System.Text.Json;

namespace Osprey.Cli.Tests;

/// <summary>What one in-process run of the command line produced.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Parses the output as the JSON document a <c>--json</c> command prints.</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Output);
        return document.RootElement.Clone();
    }

    /// <summary>Gets the non-empty lines written to the error stream.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- out\n{Output}\n--- err\n{Error}";
}

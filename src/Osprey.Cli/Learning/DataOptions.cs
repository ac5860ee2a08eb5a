using System.CommandLine;
using Osprey.Core.Learning.Jobs;

namespace Osprey.Cli.Learning;

/// <summary>The options naming a CSV file and how to read it: <c>--data</c>, <c>--schema</c> and <c>--column-kind</c>.</summary>
internal sealed class DataOptions(string dataDescription)
{
    /// <summary>Gets <c>--data</c>.</summary>
    public Option<string?> Data { get; } = new("--data") { HelpName = "FILE", Description = dataDescription };

    private readonly Option<string?> _schema = new("--schema")
    {
        HelpName = "FILE", Description = "A JSON or YAML schema file overriding inferred column kinds, missing tokens or the delimiter (see docs/training.md)",
    };

    private readonly Option<string[]> _kinds = new("--column-kind")
    {
        HelpName = "NAME=KIND", Description = "Override one column's inferred kind, as name=kind (numeric, integer, boolean, categorical, datetime, text, identifier); repeatable",
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Data);
        command.Options.Add(_schema);
        command.Options.Add(_kinds);
    }

    /// <summary>Returns the data file, or null when <c>--data</c> was not given.</summary>
    public DataFile? File(ParseResult parse) =>
        parse.GetValue(Data) is { } path ? new DataFile(path, parse.GetValue(_schema), parse.GetValue(_kinds) ?? []) : null;
}

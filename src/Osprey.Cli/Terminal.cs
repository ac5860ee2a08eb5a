using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Osprey.Cli;

/// <summary>Where a command writes: rich output (tables, progress) and errors through Spectre.Console, JSON as plain text.</summary>
internal sealed class Terminal
{
    // Redirected output is read by programs and pasted into tickets; wrapping tables at 80 columns would cut run ids in half.
    private const int RedirectedWidth = 200;

    private readonly TextWriter _rawOut;
    private readonly TextWriter _rawError;

    public Terminal(TextWriter output, TextWriter error)
    {
        _rawOut = output;
        _rawError = error;
        Out = Create(output);
        Error = Create(error);
    }

    /// <summary>Gets the console for normal output.</summary>
    public IAnsiConsole Out { get; }

    /// <summary>Gets the console for error lines.</summary>
    public IAnsiConsole Error { get; }

    /// <summary>Writes a renderable (table, panel, text) to the output.</summary>
    public void Write(IRenderable renderable) => Out.Write(renderable);

    /// <summary>Writes one line of Spectre markup to the output.</summary>
    public void MarkupLine(string markup) => Out.MarkupLine(markup);

    /// <summary>Writes one line of plain text, with no markup interpretation.</summary>
    public void Line(string text) => Out.WriteLine(text);

    /// <summary>Writes a value as indented JSON, bypassing every rendering so the output parses.</summary>
    public void Json<T>(T value, JsonSerializerOptions options)
    {
        _rawOut.WriteLine(JsonSerializer.Serialize(value, options));
        _rawOut.Flush();
    }

    /// <summary>Writes one error line, "error:" in red on a terminal; never wrapped, so scripts and people see exactly one line.</summary>
    public void Fail(string message)
    {
        var prefix = Error.Profile.Capabilities.Ansi ? "\u001b[31merror:\u001b[0m" : "error:";
        _rawError.WriteLine($"{prefix} {message.ReplaceLineEndings(" ")}");
        _rawError.Flush();
    }

    private static IAnsiConsole Create(TextWriter writer)
    {
        // Escape codes and spinners only where a person watches a terminal; pipes, files and tests get plain text.
        var output = new AnsiConsoleOutput(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = output,
            Ansi = output.IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = output.IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = output.IsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!console.Profile.Out.IsTerminal)
        {
            console.Profile.Width = RedirectedWidth;
        }
        return console;
    }
}

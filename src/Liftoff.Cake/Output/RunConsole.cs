using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Engine;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Liftoff.Cake.Output;

/// <summary>
/// What the pipeline shows people, through Cake's console: Spectre.Console tables, status lines and the closing
/// summary. In colour on a terminal; plain text with no control codes when stdout is redirected, with <c>CI=true</c>
/// or with <c>NO_COLOR</c> (the console says which). <c>--verbosity</c> decides what shows: status lines from normal,
/// tables and the summary from minimal, nothing of this at quiet.
/// </summary>
public sealed class RunConsole(IConsole console, ICakeLog log)
{
    private const int Width = 120;

    /// <summary>Whether output may carry colour codes.</summary>
    public bool Ansi => console.SupportAnsiEscapeCodes;

    /// <summary>Whether the verbosity shows something meant for <paramref name="minimum"/>.</summary>
    public bool Shows(Verbosity minimum) => log.Verbosity >= minimum;

    /// <summary>Writes a table or other widget, from <paramref name="minimum"/> verbosity (default minimal).</summary>
    public void Write(IRenderable renderable, Verbosity minimum = Verbosity.Minimal)
    {
        ArgumentNullException.ThrowIfNull(renderable);
        if (Shows(minimum))
        {
            console.Write(Render(renderable));
        }
    }

    /// <summary>Writes one line of Spectre markup (escape text with <see cref="Markup.Escape"/>), from <paramref name="minimum"/> verbosity.</summary>
    public void WriteMarkupLine(string markup, Verbosity minimum = Verbosity.Normal)
    {
        ArgumentNullException.ThrowIfNull(markup);
        if (Shows(minimum))
        {
            console.WriteLine(Render(new Markup(markup)).TrimEnd('\n', '\r'));
        }
    }

    /// <summary>Writes a line as is (a workflow command, for example), whatever the verbosity.</summary>
    public void WriteRawLine(string line) => console.WriteLine(line);

    /// <summary>The widget as text: with colour codes only when <see cref="Ansi"/>.</summary>
    public string Render(IRenderable renderable)
    {
        if (!Ansi)
        {
            // Grids and tables pad every line to their width; logs read better without the trailing blanks.
            return string.Join('\n', PlainText.Render(renderable, Width).Split('\n').Select(line => line.TrimEnd(' ', '\r')));
        }

        using var writer = new StringWriter();
        var spectre = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        spectre.Profile.Width = Width;
        spectre.Write(renderable);
        return writer.ToString();
    }
}

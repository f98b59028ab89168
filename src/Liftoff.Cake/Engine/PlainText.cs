using Spectre.Console;
using Spectre.Console.Rendering;

namespace Liftoff.Cake.Engine;

/// <summary>Renders a Spectre.Console widget to plain text with no control codes, for Cake's <c>IConsole</c>.</summary>
internal static class PlainText
{
    public static string Render(IRenderable renderable, int width = 120)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        console.Write(renderable);
        return writer.ToString();
    }
}

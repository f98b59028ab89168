using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Liftoff.Cake.Engine;

/// <summary>
/// Renders a Spectre.Console widget to plain text with no control codes, for Cake's <c>IConsole</c>. It reads the
/// widget's segments itself: Spectre's no-ANSI console backend would otherwise call <c>System.Console.ResetColor</c>,
/// which on a terminal writes <c>ESC[39;49m</c> around every segment.
/// </summary>
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
        var text = new StringBuilder();
        foreach (var segment in renderable.Render(RenderOptions.Create(console, console.Profile.Capabilities), width))
        {
            if (segment.IsLineBreak)
            {
                text.Append('\n');
            }
            else if (!segment.IsControlCode)
            {
                text.Append(segment.Text);
            }
        }

        return text.ToString();
    }
}

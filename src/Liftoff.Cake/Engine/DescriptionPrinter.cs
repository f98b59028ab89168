using Cake.Core;
using Spectre.Console;

namespace Liftoff.Cake.Engine;

/// <summary>Prints every task with its description as a table, in plain text so it reads the same in CI.</summary>
internal static class DescriptionPrinter
{
    public static void Print(IConsole console, IEnumerable<ICakeTaskInfo> tasks)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn("Task").AddColumn("Description");
        foreach (var task in tasks.OrderBy(task => task.Name, StringComparer.OrdinalIgnoreCase))
        {
            table.AddRow(Markup.Escape(task.Name), Markup.Escape(task.Description ?? string.Empty));
        }

        console.Write(PlainText.Render(table));
    }
}

using Cake.Core;
using Liftoff.Cake.Engine;
using Liftoff.Gates;
using Spectre.Console;

namespace Liftoff.Cake.Tasks.Gates;

/// <summary>Prints the verdicts as one table: gate, verdict, measured values, reason. Plain text, so CI logs read it too.</summary>
internal static class GateTable
{
    public static void Print(IConsole console, GateReport report)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn("Gate").AddColumn("Verdict").AddColumn("Measured").AddColumn("Reason");
        foreach (var result in report.Results)
        {
            table.AddRow(Markup.Escape(result.Gate), Markup.Escape(Symbol(result.Verdict)), Markup.Escape(result.Measured), Markup.Escape(result.Reason));
        }

        console.Write(PlainText.Render(table));
    }

    private static string Symbol(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "✓ Pass",
        Verdict.Fail => "✗ Fail",
        Verdict.Waived => "~ Waived",
        _ => "- Skipped",
    };
}

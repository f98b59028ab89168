using Liftoff.Gates;
using Liftoff.Validation;
using Spectre.Console;

namespace Liftoff.Cake.Output;

/// <summary>The verdict tables: one row per gate, or per check of a validation round, with what was measured and why.</summary>
public static class VerdictTables
{
    /// <summary>Gate, verdict, measured, reason.</summary>
    public static Table Gates(IEnumerable<GateResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var table = new Table().Border(TableBorder.Simple).AddColumn("Gate").AddColumn("Verdict").AddColumn("Measured").AddColumn("Reason");
        foreach (var result in results)
        {
            table.AddRow(new Text(result.Gate), Verdict(result.Verdict), new Text(result.Measured), new Text(result.Reason));
        }

        return table;
    }

    /// <summary>
    /// Check, verdict, measured, reason: readiness, then the checks of the first failing round (the one that decided a
    /// failure), else of the last round.
    /// </summary>
    public static Table Checks(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = new Table().Border(TableBorder.Simple).AddColumn("Check").AddColumn("Round").AddColumn("Verdict").AddColumn("Measured").AddColumn("Reason");
        table.AddRow(new Text("readiness"), new Text("-"), Verdict(report.Readiness.Passed), new Text(report.Readiness.Measured), new Text(report.Readiness.Reason ?? ""));
        var round = report.Rounds.FirstOrDefault(r => r.Verdict == ValidationVerdict.Fail) ?? (report.Rounds.Count > 0 ? report.Rounds[^1] : null);
        foreach (var check in round?.Checks ?? [])
        {
            table.AddRow(new Text(check.Name), new Text($"{round!.Number}/{report.Rounds.Count}"), Verdict(check.Passed), new Text(check.Measured), new Text(check.Reason ?? ""));
        }

        return table;
    }

    private static Markup Verdict(Verdict verdict) => verdict switch
    {
        Liftoff.Gates.Verdict.Pass => new Markup("[green]✓ Pass[/]"),
        Liftoff.Gates.Verdict.Fail => new Markup("[red]✗ Fail[/]"),
        Liftoff.Gates.Verdict.Waived => new Markup("[yellow]~ Waived[/]"),
        _ => new Markup("[grey]- Skipped[/]"),
    };

    private static Markup Verdict(bool passed) => passed ? new Markup("[green]✓ Pass[/]") : new Markup("[red]✗ Fail[/]");
}

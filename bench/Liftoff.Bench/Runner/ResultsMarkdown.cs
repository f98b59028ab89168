using System.Text;

namespace Liftoff.Bench.Runner;

/// <summary>Writes bench/RESULTS.md: the table, the commands behind each figure, the notes and the setup.</summary>
internal static class ResultsMarkdown
{
    public static string Render(IReadOnlyList<RowResult> rows, BenchContext context, MachineInfo machine, TimeSpan took)
    {
        var text = new StringBuilder();
        text.Append("# Liftoff benchmarks\n\n");
        text.Append(Formatting.Invariant($"Written by `./build.sh --target=Bench{(context.Quick ? " --quick" : "")}` on {machine.Date:yyyy-MM-dd} ({(context.Quick ? "quick" : "full")} mode, {took.TotalMinutes:0.0} min). "))
            .Append(machine.Describe()).Append("\n\n");
        text.Append(Formatting.Invariant($"Every figure is the median of {context.Runs} measured runs after one warm-up run. Liftoff and its baseline are "))
            .Append("measured in the same run, alternately, and which goes first alternates too. The machine is shared and noisy, so the ")
            .Append("ratios are the result; absolute times are context. The ratio is Liftoff's median over the baseline's median. ")
            .Append("The code behind each row is in `bench/Liftoff.Bench/Rows/`.\n\n");

        text.Append("| id | row | figure | Liftoff median | baseline median | ratio | goal | met? | runs | commands |\n");
        text.Append("|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var row in rows)
        {
            var commands = "Liftoff: " + Code(row.LiftoffCommand) + (row.BaselineCommand is null ? "" : "<br>baseline: " + Code(row.BaselineCommand));
            text.Append("| ").Append(row.Id)
                .Append(" | ").Append(Cell(row.Row))
                .Append(" | ").Append(Cell(row.Figure))
                .Append(" | ").Append(Formatting.Value(row.Liftoff.Median, row.Liftoff.Unit))
                .Append(" | ").Append(row.Baseline is null ? "—" : (row.BaselineStopped ? "> " : "") + Formatting.Value(row.Baseline.Median, row.Baseline.Unit) + (row.BaselineStopped ? " (stopped)" : ""))
                .Append(" | ").Append(row.BaselineStopped ? "< " : "").Append(Formatting.Ratio(row.Ratio))
                .Append(" | ").Append(Cell(row.Goal))
                .Append(" | ").Append(Formatting.Met(row.Met))
                .Append(" | ").Append(row.Runs)
                .Append(" | ").Append(commands)
                .Append(" |\n");
        }

        var notes = rows.Where(row => row.Note is not null).ToList();
        if (notes.Count > 0)
        {
            text.Append("\n## Notes\n\nWhere a goal is missed, the note says why and what would close it.\n\n");
            foreach (var row in notes)
            {
                text.Append("- **").Append(row.Id).Append(' ').Append(row.Figure).Append(".** ").Append(row.Note).Append('\n');
            }
        }

        if (context.SetupNotes.Count > 0)
        {
            text.Append("\n## Setup, measured once\n\n");
            foreach (var note in context.SetupNotes)
            {
                text.Append("- ").Append(note).Append('\n');
            }
        }

        text.Append("\n## Every sample\n\n`results.json` beside this file has every measured value of every figure, in the order taken.\n");
        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    // Inline code cannot hold a pipe inside a table cell; HTML code can, with the pipe escaped.
    private static string Code(string command) =>
        "<code>" + System.Net.WebUtility.HtmlEncode(command).Replace("|", "&#124;", StringComparison.Ordinal) + "</code>";
}

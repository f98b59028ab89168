using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Output;
using Spectre.Console;

namespace Liftoff.Cake.Journal;

/// <summary>
/// What people see of the journal: a status line per stage as it happens, the table of check verdicts after each
/// validation, and the closing summary before the host's last line.
/// </summary>
public sealed class ConsoleSink(RunConsole console) : RunJournalSink
{
    /// <inheritdoc />
    public override int Order => 900;

    /// <inheritdoc />
    public override Task EventAsync(ICakeContext context, RunEvent runEvent, RunJournalState state)
    {
        var line = runEvent switch
        {
            DeployStarted s => Status("▶", "blue", "Deploy", $"{s.Environment} ← {s.Artifact} · {s.PreviousVersion ?? "nothing"} runs there now"),
            DeploySwitched s => Status("✓", "green", "Switched", string.Create(CultureInfo.InvariantCulture, $"{s.Environment} serves {s.Version} · switched in {s.Elapsed.TotalMilliseconds:0.###} ms")),
            DeployFailed f => Status("✗", "red", "Deploy", $"{f.Environment}: {FirstLine(f.Reason)}"),
            ValidationFinished v => Status(v.Passed ? "✓" : "✗", v.Passed ? "green" : "red", "Validate", $"{v.Environment}: {v.Summary}"),
            RollbackStarted r => Status("↩", "yellow", "Rollback", $"{r.Environment}: {r.From ?? "?"} → {r.To}{(r.Reason is null ? "" : " · " + r.Reason)}"),
            RollbackVerified r => Status("✓", "green", "Rollback", $"{r.Environment} serves {r.To} again (verified)"),
            RollbackFailed r => Status("✗", "red", "Rollback", $"{r.Environment}: {FirstLine(r.Reason)}"),
            ReleaseTagged r => Status("✓", "green", "Release", $"{r.Tag} tagged and pushed"),
            ReleasePublished r => Status("✓", "green", "Release", $"GitHub release {r.Tag}{(r.Url is null ? "" : " · " + r.Url.AbsoluteUri)}"),
            _ => null,
        };
        if (line is not null)
        {
            console.WriteMarkupLine(line);
        }

        if (runEvent is ValidationFinished { Report: { } report })
        {
            console.Write(VerdictTables.Checks(report));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task RunEndedAsync(ICakeContext context, RunJournalState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.HasAnything)
        {
            console.Write(ClosingSummary.Build(state.Report(), [.. state.Warnings]));
        }

        return Task.CompletedTask;
    }

    private static string Status(string symbol, string colour, string stage, string text) =>
        $"[{colour}]{symbol}[/] {stage.PadRight(9)} {Markup.Escape(text)}";

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}

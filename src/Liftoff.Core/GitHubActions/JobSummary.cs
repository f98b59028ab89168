using System.Globalization;
using System.Text;
using Liftoff.Gates;
using Liftoff.Incidents;
using Liftoff.Runs;

namespace Liftoff.GitHubActions;

/// <summary>
/// The job summary (<c>$GITHUB_STEP_SUMMARY</c>) for a run, as Markdown: the headline, then the gates, the release,
/// each deploy with its validation and rollback, and the rollback command.
/// </summary>
public static class JobSummary
{
    /// <summary>Appends the summary to the file at <paramref name="path"/> (<c>$GITHUB_STEP_SUMMARY</c>).</summary>
    /// <exception cref="Diagnostics.LiftoffException"><c>LIFTOFF1530</c> when the file cannot be written.</exception>
    public static Task AppendAsync(string path, RunReport report, CancellationToken cancellationToken = default) =>
        ActionsFile.AppendAsync(path, "$GITHUB_STEP_SUMMARY", Render(report) + "\n", cancellationToken);

    /// <summary>The Markdown.</summary>
    public static string Render(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        Line(text, $"## {Escape(RunHeadline.Describe(report))}");
        Line(text);
        Line(text, "| | |");
        Line(text, "|---|---|");
        if (RunHeadline.Version(report) is { } version)
        {
            Line(text, $"| Version | {Escape(version)} |");
        }

        if (report.LastDeploy is { } last)
        {
            Line(text, $"| Environment | {Escape(last.Environment)} |");
            if (last.Url is { } url)
            {
                Line(text, $"| URL | {url.AbsoluteUri} |");
            }
        }

        Line(text, $"| Duration | {DurationText.Describe(report.Duration)} |");
        Line(text, $"| Finished | {report.EndedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)} |");
        Gates(text, report.Gates);
        Release(text, report.Release);
        Deploys(text, report);
        foreach (var path in report.IncidentReports)
        {
            Line(text);
            Line(text, $"Incident report: `{Escape(path)}`");
        }

        return text.ToString();
    }

    private static void Gates(StringBuilder text, IReadOnlyList<GateResult> gates)
    {
        if (gates.Count == 0)
        {
            return;
        }

        Line(text);
        Line(text, "### Gates");
        Line(text);
        Line(text, "| Gate | Verdict | Measured | Reason |");
        Line(text, "|---|---|---|---|");
        foreach (var gate in gates)
        {
            Line(text, $"| {Cell(gate.Gate)} | {Symbol(gate.Verdict)} {gate.Verdict} | {Cell(gate.Measured)} | {Cell(gate.Reason)} |");
        }
    }

    private static void Release(StringBuilder text, RunRelease? release)
    {
        if (release is null)
        {
            return;
        }

        Line(text);
        Line(text, "### Release");
        Line(text);
        Line(text, $"{(release.Url is null ? release.Tag : $"[{release.Tag}]({release.Url.AbsoluteUri})")}{(release.Reason is null ? "" : $" ({Escape(release.Reason)})")}");
        foreach (var highlight in release.Highlights)
        {
            Line(text, $"- {Escape(highlight)}");
        }
    }

    private static void Deploys(StringBuilder text, RunReport report)
    {
        if (report.Deploys.Count == 0)
        {
            return;
        }

        Line(text);
        Line(text, "### Deploy and validation");
        Line(text);
        Line(text, "| Environment | Version | From | Switch | Validation | Rollback |");
        Line(text, "|---|---|---|---|---|---|");
        foreach (var deploy in report.Deploys)
        {
            var validation = deploy.Validated switch
            {
                true => "✅ " + (deploy.ValidationSummary ?? "passed"),
                false => "❌ " + (deploy.ValidationSummary ?? "failed"),
                null => deploy.Failure is null ? "-" : "❌ " + deploy.Failure,
            };
            var rollback = deploy.RolledBackTo is null ? "-"
                : $"↩ {deploy.RolledBackTo}{(deploy.RollbackVerifiedAt is null ? " (not verified)" : " (verified)")}";
            var switched = deploy.SwitchDuration is { } duration ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds:0.###} ms") : "-";
            Line(text, $"| {Cell(deploy.Environment)} | {Cell(deploy.Version)} | {Cell(deploy.PreviousVersion ?? "-")} | {switched} | {Cell(validation)} | {Cell(rollback)} |");
        }

        foreach (var deploy in report.Deploys.Where(d => d.Validation is { Rounds.Count: > 0 }))
        {
            Line(text);
            Line(text, $"<details><summary>Checks in {Escape(deploy.Environment)} (last round)</summary>");
            Line(text);
            Line(text, "| Check | Verdict | Measured | Reason |");
            Line(text, "|---|---|---|---|");
            foreach (var check in deploy.Validation!.Rounds[^1].Checks)
            {
                Line(text, $"| {Cell(check.Name)} | {(check.Passed ? "✅ Pass" : "❌ Fail")} | {Cell(check.Measured)} | {Cell(check.Reason ?? "")} |");
            }

            Line(text);
            Line(text, "</details>");
        }

        if (report.Deploys.LastOrDefault(d => d.IsLive) is { } live)
        {
            Line(text);
            Line(text, $"Rollback if needed: `{RunHeadline.RollbackCommand(live.Environment)}`");
        }
    }

    private static string Symbol(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "✅",
        Verdict.Fail => "❌",
        Verdict.Waived => "⚠",
        _ => "➖",
    };

    private static string Escape(string value) =>
        value.Replace("<", "&lt;", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ');

    private static string Cell(string value) => Escape(value).Replace("|", "\\|", StringComparison.Ordinal);

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}

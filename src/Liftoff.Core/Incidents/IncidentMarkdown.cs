using System.Globalization;
using System.Text;
using Liftoff.Validation;
using Liftoff.Versioning;

namespace Liftoff.Incidents;

/// <summary>
/// Renders an <see cref="IncidentReport"/> as Markdown for <c>artifacts/incidents/</c> and for the GitHub issue: a
/// summary, the timeline, the failing checks with their values, the versions, the commits in the bad release, and
/// the next steps. Times are UTC; text from checks and commits is escaped so it cannot break the tables.
/// </summary>
public static class IncidentMarkdown
{
    /// <summary>The Markdown document.</summary>
    public static string Render(IncidentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        Line(text, $"# {report.Title}");
        Line(text);
        Line(text, $"- **Environment:** {report.Environment}{(report.EnvironmentUrl is null ? "" : $" ({report.EnvironmentUrl})")}");
        Line(text, $"- **Rolled back:** {report.BadVersion} → {report.RestoredVersion}");
        Line(text, $"- **Cause:** {Escape(Cause(report))}");
        Line(text, $"- **MTTR:** {(report.Mttr is { } mttr ? DurationText.Describe(mttr) + " (from going live to the verified rollback)" : "unknown (the start was not recorded in this run)")}");
        Line(text, $"- **Restored at:** {Utc(report.RestoredAt)}");
        if (report.Actor is not null || report.RunId is not null)
        {
            Line(text, $"- **Run:** {report.RunId ?? "-"} by {report.Actor ?? "-"}{(report.RunUrl is null ? "" : $" ({report.RunUrl})")}");
        }

        Timeline(text, report);
        FailingChecks(text, report);
        Versions(text, report);
        Commits(text, report);
        NextSteps(text, report);
        Line(text);
        Line(text, report.Marker);
        return text.ToString();
    }

    private static string Cause(IncidentReport report)
    {
        if (report.FailedChecks.Count > 0)
        {
            var (round, check) = report.FailedChecks[0];
            return $"{check.Name} failed{(round == 0 ? " readiness" : $" in round {round}")}: {check.Measured}" + (check.Reason is null ? "" : $" ({check.Reason})");
        }

        return report.FailureReason ?? "not recorded in this run; see the ledger (./build.sh --target=Ledger)";
    }

    private static void Timeline(StringBuilder text, IncidentReport report)
    {
        Line(text);
        Line(text, "## Timeline (UTC)");
        Line(text);
        if (report.Timeline.Count == 0)
        {
            Line(text, "- (no events were recorded in this run)");
        }

        foreach (var moment in report.Timeline.OrderBy(e => e.At))
        {
            Line(text, $"- `{Utc(moment.At)}` {Escape(moment.What)}");
        }
    }

    private static void FailingChecks(StringBuilder text, IncidentReport report)
    {
        Line(text);
        Line(text, "## Failing checks");
        Line(text);
        if (report.FailedChecks.Count > 0)
        {
            Line(text, "| Round | Check | Measured | Values | Reason |");
            Line(text, "|---|---|---|---|---|");
            foreach (var (round, check) in report.FailedChecks)
            {
                Line(text, $"| {(round == 0 ? "readiness" : round.ToString(CultureInfo.InvariantCulture))} | {Cell(check.Name)} | {Cell(check.Measured)} | {Cell(Values(check))} | {Cell(check.Reason ?? "")} |");
            }

            if (report.FailedValidation is { } validation)
            {
                Line(text);
                Line(text, $"Validation of {validation.EnvironmentUrl}: {Escape(validation.Summary)}");
            }
        }
        else if (report.RecordedMeasurements.Count > 0)
        {
            Line(text, $"The validation that failed ran in an earlier run; the ledger recorded these values for {report.BadVersion}:");
            Line(text);
            foreach (var (name, value) in report.RecordedMeasurements.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                Line(text, $"- `{Escape(name)}` = {value.ToString("0.###", CultureInfo.InvariantCulture)}");
            }
        }
        else
        {
            Line(text, report.FailureReason is null ? "- (no failing check was recorded; the rollback was started by hand)" : $"- {Escape(report.FailureReason)}");
        }
    }

    private static void Versions(StringBuilder text, IncidentReport report)
    {
        Line(text);
        Line(text, "## Versions");
        Line(text);
        Line(text, "| | Version | Commit | Artifact sha256 |");
        Line(text, "|---|---|---|---|");
        Line(text, $"| Rolled back | {report.BadVersion} | {Short(report.BadCommit)} | {report.BadArtifactSha256 ?? "-"} |");
        Line(text, $"| Restored | {report.RestoredVersion} | {Short(report.RestoredCommit)} | {report.RestoredArtifactSha256 ?? "-"} |");
    }

    private static void Commits(StringBuilder text, IncidentReport report)
    {
        Line(text);
        Line(text, $"## Commits in {report.BadVersion}");
        Line(text);
        if (report.BadCommits is null)
        {
            Line(text, "- (unknown: the commits of the two versions are not both known)");
            return;
        }

        if (report.BadCommits.Count == 0)
        {
            Line(text, $"- (none: {report.BadVersion} and {report.RestoredVersion} were built from the same commit, so the cause is outside the code: configuration, data or the build)");
            return;
        }

        foreach (var commit in report.BadCommits)
        {
            var parsed = ConventionalCommitParser.Parse(commit);
            Line(text, $"- `{commit.ShortSha}` {Escape(parsed.Header)}");
        }
    }

    private static void NextSteps(StringBuilder text, IncidentReport report)
    {
        Line(text);
        Line(text, "## Next steps");
        Line(text);
        var step = 1;
        foreach (var name in report.FailedChecks.Select(f => f.Check).DistinctBy(c => c.Name))
        {
            Line(text, $"{step++}. Find out why `{Escape(name.Name)}` failed: {Escape(name.Reason ?? name.Measured)}.");
        }

        if (report.BadCommits is { Count: > 0 } commits)
        {
            Line(text, $"{step++}. Review the {commits.Count} commit{(commits.Count == 1 ? "" : "s")} in {report.BadVersion} above for the cause.");
        }

        Line(text, $"{step++}. Fix forward and release again; {report.BadVersion} is marked bad in the ledger and will not be rolled back to.");
        Line(text, $"{step++}. Check {report.Environment} still serves {report.RestoredVersion}: `./build.sh --target=Validate-{Pascal(report.Environment)}`.");
        Line(text, $"{step}. Write down the root cause here, and close the incident.");
    }

    private static string Values(CheckResult check) =>
        check.Values.Count == 0 ? "" : string.Join(", ", check.Values.Select(v => $"{v.Key}={v.Value.ToString("0.###", CultureInfo.InvariantCulture)}"));

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Short(string? commit) => commit is null ? "-" : commit.Length > 7 ? $"`{commit[..7]}`" : $"`{commit}`";

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    // Markdown that came from outside (check names, reasons, commit subjects) may not open HTML or close a table cell.
    private static string Escape(string value) => value.Replace("<", "&lt;", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ');

    private static string Cell(string value) => Escape(value).Replace("|", "\\|", StringComparison.Ordinal);

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}

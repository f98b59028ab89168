using System.Globalization;
using Liftoff.Gates;
using Liftoff.Incidents;
using Liftoff.Runs;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Liftoff.Cake.Output;

/// <summary>
/// The block printed before the host's last line, modelled on the deploy orchestrator's banner: the result, a line
/// per stage (checks, release, deploy, validation, rollback), then version, environment, URL, time, duration, status
/// and the rollback command to use if needed.
/// </summary>
public static class ClosingSummary
{
    /// <summary>The summary of <paramref name="report"/>; <paramref name="warnings"/> are notices that were not delivered.</summary>
    public static IRenderable Build(RunReport report, IReadOnlyCollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(warnings);
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        Stages(grid, report);
        grid.AddEmptyRow();
        Facts(grid, report, warnings);
        return new Rows(new Rule().RuleStyle("grey"), new Markup(Title(report)), new Rule().RuleStyle("grey"), grid);
    }

    /// <summary>The banner: <c>✅ DEPLOYMENT SUCCESSFUL</c>, <c>❌ DEPLOYMENT FAILED AND ROLLED BACK</c>…</summary>
    public static string Title(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var manualRollback = report.Deploys.Any(d => d.RolledBackTo is not null && d.StartedAt is null);
        return report switch
        {
            { Result: RunResult.RolledBack } when manualRollback && report.Failure is null => "[yellow]↩ ROLLED BACK[/]",
            { Result: RunResult.RolledBack } => "[red]❌ DEPLOYMENT FAILED AND ROLLED BACK[/]",
            { Result: RunResult.Failed } => $"[red]❌ {Markup.Escape(string.Join(", ", report.Targets)).ToUpperInvariant()} FAILED[/]",
            { Live: { IsDegraded: true } } => "[yellow]⚠ DEPLOYED, DEGRADED[/]",
            { Live: not null } => "[green]✅ DEPLOYMENT SUCCESSFUL[/]",
            _ => $"[green]✅ {Markup.Escape(string.Join(", ", report.Targets)).ToUpperInvariant()} SUCCEEDED[/]",
        };
    }

    private static void Stages(Grid grid, RunReport report)
    {
        if (report.Gates.Count > 0)
        {
            var counts = string.Join(" · ", report.Gates.GroupBy(g => g.Verdict).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
            var failed = report.Gates.Where(g => g.Verdict == Verdict.Fail).Select(g => $"{g.Gate}: {g.Measured}").ToList();
            Row(grid, "Pre-deploy checks", counts + (failed.Count == 0 ? "" : " · " + string.Join("; ", failed)));
        }

        if (report.Release is { } release)
        {
            Row(grid, "Release", $"{release.Tag}{(release.Reason is null ? "" : $" ({release.Reason})")}{(release.Url is null ? "" : " · " + release.Url.AbsoluteUri)}");
            foreach (var highlight in release.Highlights)
            {
                Row(grid, "", "- " + highlight);
            }
        }

        foreach (var deploy in report.Deploys)
        {
            if (deploy.StartedAt is not null)
            {
                var switched = deploy.SwitchDuration is { } took ? string.Create(CultureInfo.InvariantCulture, $" · switched in {took.TotalMilliseconds:0.###} ms") : "";
                Row(grid, "Deploy", deploy.Failure is { } failure
                    ? $"✗ {deploy.Environment} ← {deploy.Artifact ?? deploy.Version}: {FirstLine(failure)}"
                    : $"{deploy.Environment} ← {deploy.Artifact ?? deploy.Version}{(deploy.ArtifactSha256 is { Length: > 12 } sha ? $" (sha256 {sha[..12]}…)" : "")} · from {deploy.PreviousVersion ?? "nothing"}{switched}");
            }

            if (deploy.Validated is { } passed)
            {
                Row(grid, "Validate", $"{(passed ? "✓" : "✗")} {deploy.Environment}: {deploy.ValidationSummary}");
            }

            if (deploy.RolledBackTo is { } to)
            {
                // Measured from the switch, as the incident report does; the run's "recovered in" line measures from
                // the failing verdict, as the ledger's recovery time does. Naming both keeps two numbers from reading as one.
                var mttr = deploy.RollbackVerifiedAt is { } verified && deploy.SwitchedAt is { } live ? $" · {DurationText.Describe(verified - live)} from going live to restored (the incident's MTTR)" : "";
                Row(grid, "Rollback", deploy.RollbackVerifiedAt is null
                    ? $"✗ {deploy.Environment}: {deploy.Version} → {to} not verified: {FirstLine(deploy.RollbackFailure ?? "interrupted")}"
                    : $"↩ {deploy.Environment}: {deploy.Version} → {to} · verified{mttr}");
            }
        }
    }

    private static void Facts(Grid grid, RunReport report, IReadOnlyCollection<string> warnings)
    {
        if (RunHeadline.Version(report) is { } version)
        {
            Row(grid, "Version", version.StartsWith('v') ? version : "v" + version);
        }

        var last = report.Live ?? report.LastDeploy;
        if (last is not null)
        {
            Row(grid, "Environment", last.Environment);
            if (last.Url is { } url)
            {
                Row(grid, "URL", url.AbsoluteUri);
            }
        }

        if (report.Live is not null)
        {
            Row(grid, "Deployed", report.EndedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        }

        Row(grid, "Duration", DurationText.Describe(report.Duration));
        Row(grid, "Status", Status(report));
        foreach (var incident in report.IncidentReports)
        {
            Row(grid, "Incident report", incident);
        }

        if (report.Deploys.LastOrDefault(d => d.RolledBackTo is not null) is { } rolledBack)
        {
            var check = rolledBack.Validation?.Failures is { Count: > 0 } failures ? failures[0].Check : null;
            Row(grid, "Action needed", check is null
                ? $"find out why {rolledBack.Version} failed before deploying again"
                : $"investigate {check.Name} ({check.Reason ?? check.Measured}) before deploying again");
        }
        else if (report.Live is { } live)
        {
            Row(grid, "Rollback (if needed)", RunHeadline.RollbackCommand(live.Environment));
        }

        if (warnings.Count > 0)
        {
            Row(grid, "Warnings", $"{warnings.Count} notice{(warnings.Count == 1 ? "" : "s")} not delivered (see the warnings above); the result stands");
        }
    }

    private static string Status(RunReport report) => report switch
    {
        { Result: RunResult.RolledBack } => report.Deploys.LastOrDefault(d => d.RolledBackTo is not null) is { } d
            ? $"{d.Environment} serves {d.RolledBackTo}{(d.RollbackVerifiedAt is null ? " (not verified)" : "")}; {d.Version} is marked bad"
            : "rolled back",
        { Result: RunResult.Failed } => "Failed" + (report.Failure is null ? "" : ": " + report.Failure),
        { Live: { IsDegraded: true } live } => $"Live in {live.Environment}, degraded",
        { Live: { } live } => $"Live in {live.Environment}",
        { Release: not null } => "Released",
        _ => "Succeeded",
    };

    private static void Row(Grid grid, string label, string value) => grid.AddRow(new Text(label), new Text(value));

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}

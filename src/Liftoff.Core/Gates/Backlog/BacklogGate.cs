using System.Globalization;
using Liftoff.Configuration;
using Liftoff.GitHub.Issues;

namespace Liftoff.Gates.Backlog;

/// <summary>
/// <c>Check-Backlog</c>: no open issue carries a release-blocking label (default <c>critical</c>, <c>blocker</c>).
/// Pull requests with those labels are not issues and do not count. Fail-safe: a GitHub error propagates and the
/// gate task records it as a Fail.
/// </summary>
public sealed class BacklogGate(IGitHubIssues github, BacklogGateOptions options)
{
    /// <summary>The gate's target name.</summary>
    public const string Name = "Check-Backlog";

    private const int Listed = 10;

    /// <summary>Reads the open issues and returns the verdict.</summary>
    /// <exception cref="Diagnostics.LiftoffException">GitHub failed (after retries).</exception>
    public async Task<GateResult> EvaluateAsync(CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var labels = options.Labels.Where(label => !string.IsNullOrWhiteSpace(label)).ToList();
        if (labels.Count == 0)
        {
            return GateResult.Skipped(Name, "gates.backlog.labels is empty, so no label blocks a release");
        }

        var issues = await github.OpenIssuesWithAnyLabelAsync(labels, cancellationToken).ConfigureAwait(false);
        var values = new Dictionary<string, string>
        {
            ["labels"] = string.Join(",", labels),
            ["openBlockers"] = issues.Count.ToString(CultureInfo.InvariantCulture),
            ["issues"] = string.Join(",", issues.Select(issue => issue.Number.ToString(CultureInfo.InvariantCulture))),
        };
        var labelList = string.Join(", ", labels);
        if (issues.Count == 0)
        {
            return GateResult.Pass(Name, "0 open blockers", $"no open issue is labelled {labelList}") with { Values = values };
        }

        var listed = issues.Take(Listed).Select(issue => string.Create(
            CultureInfo.InvariantCulture,
            $"#{issue.Number} {issue.Title} [{string.Join(", ", issue.Labels.Where(l => labels.Contains(l, StringComparer.OrdinalIgnoreCase)))}]"));
        var more = issues.Count > Listed ? string.Create(CultureInfo.InvariantCulture, $"; and {issues.Count - Listed} more") : "";
        var measured = string.Create(CultureInfo.InvariantCulture, $"{issues.Count} open {(issues.Count == 1 ? "blocker" : "blockers")}");
        return GateResult.Fail(Name, measured, string.Join("; ", listed) + more) with { Values = values };
    }
}

using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Deploy;
using Liftoff.Configuration;
using Liftoff.Git;
using Liftoff.GitHub;
using Liftoff.Incidents;
using Liftoff.Records.Ledger;
using Liftoff.Runs;

namespace Liftoff.Cake.Journal;

/// <summary>
/// After any rollback in the run, writes the incident report (<c>artifacts/incidents/&lt;time&gt;-&lt;env&gt;.md</c>) from
/// the journal and the ledger, and with a token opens one GitHub issue carrying it.
/// </summary>
public sealed class IncidentSink(
    LoadedConfiguration configuration, EnvironmentServices services, IGitClientFactory git, NoticeGitHub github) : RunJournalSink
{
    /// <inheritdoc />
    public override int Order => 200;

    /// <inheritdoc />
    public override async Task RunEndedAsync(ICakeContext context, RunJournalState state)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        var rolledBack = state.Report().Deploys.Where(deploy => deploy.RolledBackTo is not null).ToList();
        if (rolledBack.Count == 0)
        {
            return;
        }

        var records = await services.Ledger(context).ReadAllAsync().ConfigureAwait(false);
        foreach (var deploy in rolledBack)
        {
            var report = await BuildAsync(context, state, deploy, records).ConfigureAwait(false);
            var working = EnvironmentServices.Working(context);
            var path = await IncidentWriter.WriteAsync(report, Path.Combine(working, configuration.Options.Notifications.IncidentsDirectory)).ConfigureAwait(false);
            var relative = Path.GetRelativePath(working, path);
            state.IncidentReports.Add(relative);
            context.Log.Information("Incident report: {0}", relative);
            await OpenIssueAsync(context, report).ConfigureAwait(false);
        }
    }

    private async Task OpenIssueAsync(ICakeContext context, IncidentReport report)
    {
        var notifications = configuration.Options.Notifications;
        if (!notifications.IncidentIssue || await github.IncidentIssuesAsync(context).ConfigureAwait(false) is not { } issues)
        {
            return;
        }

        var issue = await issues.OpenOnceAsync(report.Title, IncidentMarkdown.Render(report), report.Marker, [.. notifications.IncidentLabels]).ConfigureAwait(false);
        context.Log.Information("Incident issue: #{0} {1}{2}", issue.Number, issue.HtmlUrl, issue.Created ? "" : " (opened by an earlier run)");
    }

    private async Task<IncidentReport> BuildAsync(ICakeContext context, RunJournalState state, RunDeploy deploy, IReadOnlyList<DeploymentRecord> records)
    {
        // A rollback by hand in a later run knows the bad version only from the ledger.
        var history = LedgerQueries.History(records, deploy.Environment);
        var badRecord = history.FirstOrDefault(r => r.Version == deploy.Version && r.Outcome == DeploymentOutcome.Deployed)
            ?? history.FirstOrDefault(r => r.Version == deploy.Version && r.Outcome == DeploymentOutcome.Validated);
        var failedRecord = history.FirstOrDefault(r => r.Version == deploy.Version && r.Outcome == DeploymentOutcome.Failed);
        var badCommit = deploy.Commit ?? badRecord?.Commit ?? failedRecord?.Commit;
        var validation = state.Events.OfType<ValidationFinished>()
            .LastOrDefault(v => !v.Passed && v.Environment == deploy.Environment && v.Version == deploy.Version)?.Report;
        var restoredAt = deploy.RollbackVerifiedAt ?? state.Time.GetUtcNow();
        var options = configuration.Options.Environments.TryGetValue(deploy.Environment, out var found) ? found : null;
        return new IncidentReport
        {
            Environment = deploy.Environment,
            BadVersion = deploy.Version,
            BadCommit = badCommit,
            BadArtifactSha256 = deploy.ArtifactSha256 ?? badRecord?.ArtifactSha256,
            RestoredVersion = deploy.RolledBackTo! + (deploy.RollbackVerifiedAt is null ? " (rollback not verified)" : ""),
            RestoredCommit = deploy.RolledBackToCommit,
            RestoredArtifactSha256 = deploy.RolledBackToArtifactSha256,
            Timeline = Timeline(state, deploy),
            FailedValidation = validation,
            RecordedMeasurements = validation is null && failedRecord is not null ? failedRecord.Measurements : new Dictionary<string, double>(),
            FailureReason = deploy.Failure ?? deploy.ValidationSummary ?? deploy.RollbackReason,
            BadCommits = await IncidentWriter.BadCommitsAsync(git.Create(EnvironmentServices.Working(context)), deploy.RolledBackToCommit, badCommit).ConfigureAwait(false),
            WentLiveAt = deploy.SwitchedAt ?? badRecord?.EndedAt,
            RestoredAt = restoredAt,
            Actor = EnvironmentServices.Actor(context),
            RunId = services.RunId(context),
            RunUrl = CiRunLink.FromEnvironment(context.Environment.GetEnvironmentVariable),
            EnvironmentUrl = options?.Url,
        };
    }

    private static List<IncidentEvent> Timeline(RunJournalState state, RunDeploy deploy)
    {
        var timeline = new List<IncidentEvent>();
        foreach (var runEvent in state.Events.Where(e => string.Equals(e.EnvironmentName, deploy.Environment, StringComparison.OrdinalIgnoreCase)))
        {
            switch (runEvent)
            {
                case DeployStarted started:
                    timeline.Add(new(started.At, $"Deploy of {started.Artifact} to {started.Environment} started ({started.PreviousVersion ?? "nothing"} was running)"));
                    break;
                case DeploySwitched switched:
                    timeline.Add(new(switched.At, $"Switched {switched.Environment} to {switched.Version} in {switched.Elapsed.TotalMilliseconds:0.###} ms: it is live"));
                    break;
                case DeployFailed failed:
                    timeline.Add(new(failed.At, $"Deploy of {failed.Version} failed: {failed.Reason.Split('\n')[0]}"));
                    break;
                case ValidationFinished validated:
                    timeline.Add(new(validated.At, $"Validation of {validated.Version} {(validated.Passed ? "passed" : "failed")}: {validated.Summary}"));
                    foreach (var (round, check) in validated.Report?.Failures ?? [])
                    {
                        var values = string.Join(", ", check.Values.Select(v => $"{v.Key}={v.Value:0.###}"));
                        timeline.Add(new(validated.At, $"{(round == 0 ? "readiness" : $"round {round}")}: {check}{(values.Length == 0 ? "" : $" ({values})")}"));
                    }

                    break;
                case RollbackStarted started:
                    timeline.Add(new(started.At, $"Rollback of {started.Environment} from {started.From ?? "?"} to {started.To} started{(started.Reason is null ? "" : ": " + started.Reason)}"));
                    break;
                case RollbackVerified verified:
                    timeline.Add(new(verified.At, $"Rollback verified: {verified.Environment} serves {verified.To} (switched in {verified.Elapsed.TotalMilliseconds:0.###} ms)"));
                    break;
                case RollbackFailed failed:
                    timeline.Add(new(failed.At, $"Rollback to {failed.To} failed: {failed.Reason.Split('\n')[0]}"));
                    break;
            }
        }

        return timeline;
    }
}

using Liftoff.Changelog;
using Liftoff.Runs;

namespace Liftoff.Cake.Journal;

/// <summary>Folds the journal's events into a <see cref="RunReport"/>: one <see cref="RunDeploy"/> per environment touched.</summary>
internal static class RunReportBuilder
{
    private const int MaxHighlights = 5;

    public static RunReport Build(RunJournalState state)
    {
        var deploys = new List<RunDeploy>();
        RunRelease? release = null;
        foreach (var runEvent in state.Events)
        {
            switch (runEvent)
            {
                case ReleaseTagged tagged:
                    release = new RunRelease(tagged.Version, tagged.Tag, state.Release.Next?.Reason, Highlights(state.Release.Target?.Notes), release?.Url);
                    break;
                case ReleasePublished published:
                    release = release is null
                        ? new RunRelease(published.Tag.TrimStart('v'), published.Tag, null, Highlights(state.Release.Target?.Notes), published.Url)
                        : release with { Url = published.Url };
                    break;
                default:
                    Apply(deploys, runEvent);
                    break;
            }
        }

        var outcome = state.Outcome;
        var rolledBack = deploys.Any(deploy => deploy.RolledBackTo is not null);
        return new RunReport
        {
            Targets = outcome?.Targets ?? [],
            Result = rolledBack ? RunResult.RolledBack : outcome is { Succeeded: false } ? RunResult.Failed : RunResult.Succeeded,
            Duration = outcome?.Duration ?? TimeSpan.Zero,
            EndedAt = state.Time.GetUtcNow(),
            Failure = outcome?.Failure,
            Gates = [.. state.Gates.Results],
            Release = release,
            Deploys = deploys,
            IncidentReports = [.. state.IncidentReports],
        };
    }

    // A deploy starts a row; switch, failure and rollback verdicts update the environment's row; a validation or a
    // rollback with no matching row (a run of Validate- or Rollback- alone) starts its own.
    private static void Apply(List<RunDeploy> deploys, RunEvent runEvent)
    {
        var index = runEvent.EnvironmentName is { } name ? deploys.FindLastIndex(d => d.Environment.Equals(name, StringComparison.OrdinalIgnoreCase)) : -1;
        var current = index >= 0 ? deploys[index] : null;
        var (row, isNew) = runEvent switch
        {
            DeployStarted started => (new RunDeploy
            {
                Environment = started.Environment, Version = started.Version, Artifact = started.Artifact, Commit = started.Commit,
                ArtifactSha256 = started.ArtifactSha256, PreviousVersion = started.PreviousVersion, PreviousCommit = started.PreviousCommit,
                Url = started.Url, StartedAt = started.At,
            }, true),
            DeploySwitched switched when current is not null => (current with { SwitchedAt = switched.At, SwitchDuration = switched.Elapsed }, false),
            DeployFailed failed when current is not null => (current with { Failure = failed.Reason }, false),
            ValidationFinished validated => current is not null && current.Version == validated.Version && current.RolledBackTo is null
                ? (current with { Validated = validated.Passed, Validation = validated.Report, ValidationSummary = validated.Summary }, false)
                : (new RunDeploy { Environment = validated.Environment, Version = validated.Version, Validated = validated.Passed, Validation = validated.Report, ValidationSummary = validated.Summary }, true),
            RollbackStarted started => current is not null && current.RolledBackTo is null && (started.From is null || current.Version == started.From)
                ? (Rollback(current, started), false)
                : (Rollback(new RunDeploy { Environment = started.Environment, Version = started.From ?? "?" }, started), true),
            RollbackVerified verified when current is not null => (current with { RollbackVerifiedAt = verified.At, RolledBackToArtifactSha256 = verified.ToArtifactSha256 }, false),
            RollbackFailed failed when current is not null => (current with { RollbackFailure = failed.Reason }, false),
            _ => ((RunDeploy?)null, false),
        };
        if (row is null)
        {
            return;
        }

        if (isNew)
        {
            deploys.Add(row);
        }
        else
        {
            deploys[index] = row;
        }
    }

    private static RunDeploy Rollback(RunDeploy row, RollbackStarted started) =>
        row with { RolledBackTo = started.To, RolledBackToCommit = started.ToCommit, RollbackReason = started.Reason, RollbackStartedAt = started.At };

    private static List<string> Highlights(ReleaseNotes? notes)
    {
        if (notes is null)
        {
            return [];
        }

        var kinds = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ChangelogSection.BreakingChanges] = "breaking",
            [ChangelogSection.Features] = "feat",
            [ChangelogSection.BugFixes] = "fix",
            [ChangelogSection.Performance] = "perf",
        };
        return [.. notes.Sections
            .Where(section => kinds.ContainsKey(section.Title))
            .SelectMany(section => section.Entries.Select(entry =>
                $"{kinds[section.Title]}{(entry.Scope is null ? "" : $"({entry.Scope})")}: {entry.Text}{(entry.PullRequest is { } pr ? $" (#{pr})" : "")}"))
            .Take(MaxHighlights)];
    }
}

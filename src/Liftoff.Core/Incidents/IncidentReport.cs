using Liftoff.Git;
using Liftoff.Validation;

namespace Liftoff.Incidents;

/// <summary>
/// What happened when a deploy was rolled back: the versions, the timeline, the checks that failed with their
/// values, the commits that were in the bad release, how long it took to recover, and what to do next. Rendered by
/// <see cref="IncidentMarkdown"/>; every part is optional except the environment and the two versions, because a
/// rollback started by hand in a later run knows less than an automatic one.
/// </summary>
public sealed record IncidentReport
{
    /// <summary>The environment, e.g. <c>production</c>.</summary>
    public required string Environment { get; init; }

    /// <summary>The version that was rolled back.</summary>
    public required string BadVersion { get; init; }

    /// <summary>The commit the bad version was built from, if known.</summary>
    public string? BadCommit { get; init; }

    /// <summary>The bad artifact's sha256, if known.</summary>
    public string? BadArtifactSha256 { get; init; }

    /// <summary>The version restored by the rollback.</summary>
    public required string RestoredVersion { get; init; }

    /// <summary>The commit of the restored version, if known.</summary>
    public string? RestoredCommit { get; init; }

    /// <summary>The restored artifact's sha256, if known.</summary>
    public string? RestoredArtifactSha256 { get; init; }

    /// <summary>What happened, in order. Default none.</summary>
    public IReadOnlyList<IncidentEvent> Timeline { get; init; } = [];

    /// <summary>The validation that failed, if it ran in this run: its failing checks are listed with their values.</summary>
    public ValidationReport? FailedValidation { get; init; }

    /// <summary>
    /// The values recorded in the ledger when the bad version failed validation in an earlier run, by
    /// <c>check.value</c>; listed when <see cref="FailedValidation"/> is null. Default none.
    /// </summary>
    public IReadOnlyDictionary<string, double> RecordedMeasurements { get; init; } = new Dictionary<string, double>();

    /// <summary>Why the deploy failed, in a sentence, when it was not the validation (for example a failed switch).</summary>
    public string? FailureReason { get; init; }

    /// <summary>The commits in the bad release (after the restored commit, up to the bad one), newest first; null when unknown.</summary>
    public IReadOnlyList<GitCommit>? BadCommits { get; init; }

    /// <summary>When the bad version went live (its switch), or when its deploy started; the start of the incident.</summary>
    public DateTimeOffset? WentLiveAt { get; init; }

    /// <summary>When the rollback was verified: the end of the incident.</summary>
    public required DateTimeOffset RestoredAt { get; init; }

    /// <summary>Who ran it.</summary>
    public string? Actor { get; init; }

    /// <summary>The run's id.</summary>
    public string? RunId { get; init; }

    /// <summary>The CI run's page, if any.</summary>
    public Uri? RunUrl { get; init; }

    /// <summary>The environment's URL, if any.</summary>
    public Uri? EnvironmentUrl { get; init; }

    /// <summary>Time to recover: from going live to the verified rollback; null when the start is unknown.</summary>
    public TimeSpan? Mttr => WentLiveAt is { } start && RestoredAt >= start ? RestoredAt - start : null;

    /// <summary>The checks that failed, each with its round (0 for readiness); empty without a validation.</summary>
    public IReadOnlyList<(int Round, CheckResult Check)> FailedChecks => FailedValidation?.Failures ?? [];

    /// <summary>The marker that keeps one GitHub issue per incident: environment, bad version and run.</summary>
    public string Marker => $"<!-- liftoff:incident {Environment} {BadVersion} {RunId ?? "-"} -->";

    /// <summary>The issue title, e.g. <c>Incident: production rolled back from 2.0.0 to 1.0.0</c>.</summary>
    public string Title => $"Incident: {Environment} rolled back from {BadVersion} to {RestoredVersion}";
}

/// <summary>One moment of an incident's timeline.</summary>
/// <param name="At">When it happened.</param>
/// <param name="What">What happened, for people.</param>
public sealed record IncidentEvent(DateTimeOffset At, string What);

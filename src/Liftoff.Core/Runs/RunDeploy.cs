using Liftoff.Validation;

namespace Liftoff.Runs;

/// <summary>One environment's deploy in a run, with its validation and rollback as far as they happened.</summary>
public sealed record RunDeploy
{
    /// <summary>The environment.</summary>
    public required string Environment { get; init; }

    /// <summary>The version deployed (for a rollback alone, the version restored).</summary>
    public required string Version { get; init; }

    /// <summary>The artifact, e.g. <c>site-1.5.0</c>.</summary>
    public string? Artifact { get; init; }

    /// <summary>The artifact's sha256.</summary>
    public string? ArtifactSha256 { get; init; }

    /// <summary>The commit it was built from.</summary>
    public string? Commit { get; init; }

    /// <summary>The version served before.</summary>
    public string? PreviousVersion { get; init; }

    /// <summary>The commit of the version served before, when the ledger knows it.</summary>
    public string? PreviousCommit { get; init; }

    /// <summary>The environment's URL.</summary>
    public Uri? Url { get; init; }

    /// <summary>When the deploy started.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When the new version went live (the switch).</summary>
    public DateTimeOffset? SwitchedAt { get; init; }

    /// <summary>How long the switch took.</summary>
    public TimeSpan? SwitchDuration { get; init; }

    /// <summary>Why the deploy failed before or during the switch, if it did.</summary>
    public string? Failure { get; init; }

    /// <summary>The validation's report, when the declared checks ran.</summary>
    public ValidationReport? Validation { get; init; }

    /// <summary>The validation's verdict when it ran (also without declared checks: the marker read back).</summary>
    public bool? Validated { get; init; }

    /// <summary>A one-line validation summary, e.g. <c>10/10 smoke checks · p95 180 ms</c>.</summary>
    public string? ValidationSummary { get; init; }

    /// <summary>The version a rollback restored, if there was one.</summary>
    public string? RolledBackTo { get; init; }

    /// <summary>The commit of the restored version.</summary>
    public string? RolledBackToCommit { get; init; }

    /// <summary>The restored artifact's sha256, once the rollback is verified.</summary>
    public string? RolledBackToArtifactSha256 { get; init; }

    /// <summary>Why the rollback started.</summary>
    public string? RollbackReason { get; init; }

    /// <summary>When the rollback started.</summary>
    public DateTimeOffset? RollbackStartedAt { get; init; }

    /// <summary>When the rollback was verified; null when it was not (yet).</summary>
    public DateTimeOffset? RollbackVerifiedAt { get; init; }

    /// <summary>Why the rollback failed, if it did.</summary>
    public string? RollbackFailure { get; init; }

    /// <summary>True when the deployed version is served at the end: switched, no failure, validation not failed, not rolled back.</summary>
    public bool IsLive => SwitchedAt is not null && Failure is null && Validated is not false && RolledBackTo is null;

    /// <summary>Live but with failing rounds tolerated by the failure limit, or a rollback that could not be verified.</summary>
    public bool IsDegraded =>
        (IsLive && Validation is { Passed: true } report && report.Rounds.Any(round => round.Verdict == ValidationVerdict.Fail))
        || (RollbackStartedAt is not null && RollbackVerifiedAt is null);
}

namespace Liftoff.GitHub.Reviews;

/// <summary>What CI reported for one commit: its commit statuses (latest per context) and its check runs (latest per name).</summary>
/// <param name="Sha">The commit.</param>
/// <param name="Checks">Each status and check run, with its outcome.</param>
public sealed record CommitChecks(string Sha, IReadOnlyList<CommitCheck> Checks);

/// <summary>One commit status or check run.</summary>
/// <param name="Kind"><c>status</c> or <c>check run</c>.</param>
/// <param name="Name">The status context or check run name, e.g. <c>ci/build</c>.</param>
/// <param name="Outcome">Green, pending or failed.</param>
/// <param name="Detail">GitHub's own word for it, e.g. <c>failure</c>, <c>timed_out</c>, <c>in_progress</c>.</param>
public sealed record CommitCheck(string Kind, string Name, CheckOutcome Outcome, string Detail)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind} '{Name}' {Detail}";
}

/// <summary>Whether a status or check run lets a release through.</summary>
public enum CheckOutcome
{
    /// <summary>Success, or a neutral or skipped check run.</summary>
    Green,

    /// <summary>Still running or queued.</summary>
    Pending,

    /// <summary>Failure, error, cancelled, timed out, or any state Liftoff does not know (fail safe).</summary>
    Failed,
}

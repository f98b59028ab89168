namespace Liftoff.Records.Ledger;

/// <summary>
/// Questions asked of the ledger, over records already read (newest first), so a report can read once and ask many.
/// </summary>
public static class LedgerQueries
{
    /// <summary>The records of one environment, newest first. Environment names compare case-insensitively.</summary>
    public static IReadOnlyList<DeploymentRecord> History(IEnumerable<DeploymentRecord> newestFirst, string environment)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        ArgumentNullException.ThrowIfNull(environment);
        return [.. newestFirst.Where(record => string.Equals(record.Environment, environment, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>
    /// Whether a version is marked bad: it failed somewhere, or was rolled back from. A rollback never returns to it.
    /// </summary>
    public static bool IsMarkedBad(IEnumerable<DeploymentRecord> newestFirst, string version)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        ArgumentNullException.ThrowIfNull(version);
        return newestFirst.Any(record =>
            (record.Outcome == DeploymentOutcome.Failed && record.Version == version)
            || (record.Outcome == DeploymentOutcome.RolledBack && record.RolledBackFrom == version));
    }

    /// <summary>
    /// The newest record of the environment that deployed or validated a version not marked bad: what a rollback goes
    /// back to, or null when there is none.
    /// </summary>
    public static DeploymentRecord? LatestSuccessful(IReadOnlyList<DeploymentRecord> newestFirst, string environment)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        return History(newestFirst, environment).FirstOrDefault(record =>
            record.Outcome is DeploymentOutcome.Deployed or DeploymentOutcome.Validated
            && !IsMarkedBad(newestFirst, record.Version));
    }

    /// <summary>
    /// What the environment serves now, as far as the ledger knows: its newest record that deployed, validated or rolled
    /// back to a version (a failed record changes nothing served, or is followed by a rollback). Null when none.
    /// </summary>
    public static DeploymentRecord? Current(IReadOnlyList<DeploymentRecord> newestFirst, string environment)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        return History(newestFirst, environment).FirstOrDefault(record => record.Outcome != DeploymentOutcome.Failed);
    }

    /// <summary>Whether the environment validated this exact artifact (matched by sha256): the promotion gate's question.</summary>
    public static bool HasValidated(IEnumerable<DeploymentRecord> newestFirst, string environment, string artifactSha256)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        return newestFirst.Any(record =>
            record.Outcome == DeploymentOutcome.Validated
            && string.Equals(record.Environment, environment, StringComparison.OrdinalIgnoreCase)
            && string.Equals(record.ArtifactSha256, artifactSha256, StringComparison.OrdinalIgnoreCase));
    }
}

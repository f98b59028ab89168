using Liftoff.Artifacts;

namespace Liftoff.Deploy;

/// <summary>
/// Where an environment's releases go. A deploy is <see cref="PrepareAsync"/> (slow, off to the side, nothing
/// served changes), <see cref="PublishMarkerAsync"/>, then <see cref="SwitchAsync"/> (fast, the only moment traffic
/// moves). A rollback is one switch back to a release the target still holds.
/// </summary>
public interface IDeployTarget
{
    /// <summary>Puts the artifact on the target next to what is live, without serving it.</summary>
    Task<PreparedRelease> PrepareAsync(Artifact artifact, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes sure the prepared release carries its version marker, <c>/.well-known/liftoff.json</c>, so validation
    /// can read back what is served. Targets whose artifact already holds the marker only check it.
    /// </summary>
    Task PublishMarkerAsync(PreparedRelease release, CancellationToken cancellationToken = default);

    /// <summary>Makes the prepared release the one served, in one atomic step.</summary>
    Task<SwitchResult> SwitchAsync(PreparedRelease release, CancellationToken cancellationToken = default);

    /// <summary>What is served now, or null when nothing has been deployed.</summary>
    Task<DeployedRelease?> CurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>Serves <paramref name="releaseId"/> again, in one atomic step; the ledger decides which release that is.</summary>
    Task<SwitchResult> RollbackAsync(string releaseId, CancellationToken cancellationToken = default);
}

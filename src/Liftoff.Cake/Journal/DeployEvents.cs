using Liftoff.Artifacts;
using Liftoff.Records.Ledger;

namespace Liftoff.Cake.Journal;

/// <summary>A deploy took the lock and starts preparing the new version.</summary>
/// <param name="Environment">The environment.</param>
/// <param name="Version">The version deployed.</param>
/// <param name="Artifact">The artifact, e.g. <c>site-1.5.0</c>.</param>
/// <param name="Commit">The commit it was built from.</param>
/// <param name="ArtifactSha256">The archive's sha256.</param>
/// <param name="PreviousVersion">What the ledger says runs there now.</param>
/// <param name="PreviousCommit">The commit of that version.</param>
/// <param name="Url">The environment's URL.</param>
/// <param name="Production">Whether the environment is production (protected, or named so).</param>
public sealed record DeployStarted(
    string Environment, string Version, string Artifact, string? Commit, string? ArtifactSha256,
    string? PreviousVersion, string? PreviousCommit, Uri? Url, bool Production) : RunEvent
{
    /// <inheritdoc />
    public override string? EnvironmentName => Environment;

    /// <summary>The event for deploying <paramref name="artifact"/> where <paramref name="current"/> runs now.</summary>
    public static DeployStarted Of(Liftoff.Configuration.EnvironmentOptions environment, Artifact artifact, DeploymentRecord? current)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(artifact);
        var manifest = artifact.Manifest;
        return new DeployStarted(
            environment.Name, manifest.Version, manifest.Identity, manifest.Commit, manifest.Archive.Sha256, current?.Version, current?.Commit,
            environment.Url, environment.Protected || string.Equals(environment.Name, "production", StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>The new version is served: the switch happened.</summary>
/// <param name="Environment">The environment.</param>
/// <param name="Version">The version now served.</param>
/// <param name="From">The release switched away from, if any.</param>
/// <param name="Elapsed">How long the switch took.</param>
public sealed record DeploySwitched(string Environment, string Version, string? From, TimeSpan Elapsed) : RunEvent
{
    /// <inheritdoc />
    public override string? EnvironmentName => Environment;
}

/// <summary>The deploy failed before or during the switch.</summary>
/// <param name="Environment">The environment.</param>
/// <param name="Version">The version that was being deployed.</param>
/// <param name="Reason">The error's message.</param>
public sealed record DeployFailed(string Environment, string Version, string Reason) : RunEvent
{
    /// <inheritdoc />
    public override string? EnvironmentName => Environment;
}

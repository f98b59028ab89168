namespace Liftoff.GitHub.Deployments;

/// <summary>
/// The GitHub Deployments API of one repository, as far as the deploy mirror needs it. Creating is safe to repeat:
/// a deployment for the same ref, environment, task, version and run id is found instead of made twice. Failures are
/// <see cref="Diagnostics.LiftoffException"/>s with <c>LIFTOFF1501</c>; transient ones have already been retried.
/// </summary>
public interface IGitHubDeployments
{
    /// <summary>The deployment <paramref name="request"/> describes: the one this run already made, or a new one.</summary>
    Task<GitHubDeployment> FindOrCreateAsync(GitHubDeploymentRequest request, CancellationToken cancellationToken = default);

    /// <summary>The newest deployment of <paramref name="version"/> to <paramref name="environment"/> (task <c>deploy</c>), or null.</summary>
    Task<GitHubDeployment?> FindLatestAsync(string environment, string version, CancellationToken cancellationToken = default);

    /// <summary>Adds a status to deployment <paramref name="deploymentId"/>.</summary>
    Task SetStatusAsync(long deploymentId, GitHubDeploymentStatusRequest status, CancellationToken cancellationToken = default);
}

namespace Liftoff.GitHub.Deployments;

/// <summary>
/// Mirrors one run's deploys to the GitHub Deployments API, in the order GitHub shows them: a deployment per deploy
/// (<c>in_progress</c> as it starts), then <c>success</c> or <c>failure</c> once its verdict is known; a rollback
/// marks the replaced deployment <c>inactive</c> and records the restored version as a <c>deploy:rollback</c>
/// deployment that succeeded. It keeps the deployment it made per environment, so a verdict later in the run lands
/// on the right one; a rollback in a later run finds the replaced version's deployment by its payload.
/// </summary>
public sealed class DeploymentMirror(IGitHubDeployments deployments, Uri? logUrl)
{
    // This run's deployment per environment, and its verdict once known (null while it waits for one).
    private readonly Dictionary<string, (GitHubDeployment Deployment, GitHubDeploymentState? Verdict)> _mine = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The deploy started: finds or creates its deployment and sets it <c>in_progress</c>.</summary>
    public async Task<GitHubDeployment> StartedAsync(GitHubDeploymentRequest request, Uri? environmentUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var deployment = await deployments.FindOrCreateAsync(request, cancellationToken).ConfigureAwait(false);
        _mine[request.Environment] = (deployment, null);
        await deployments.SetStatusAsync(deployment.Id, new GitHubDeploymentStatusRequest(
            GitHubDeploymentState.InProgress, $"Deploying {request.Version}", environmentUrl, logUrl), cancellationToken).ConfigureAwait(false);
        return deployment;
    }

    /// <summary>The environments whose deployment in this run still waits for a verdict.</summary>
    public IReadOnlyList<string> Pending => [.. _mine.Where(entry => entry.Value.Verdict is null).Select(entry => entry.Key)];

    /// <summary>The deploy to <paramref name="environment"/> is served (and validated, when validation ran): <c>success</c>.</summary>
    public Task SucceededAsync(string environment, string description, Uri? environmentUrl, CancellationToken cancellationToken = default) =>
        CloseAsync(environment, new GitHubDeploymentStatusRequest(GitHubDeploymentState.Success, description, environmentUrl, logUrl), cancellationToken);

    /// <summary>The deploy to <paramref name="environment"/>, or its validation, failed: <c>failure</c>.</summary>
    public Task FailedAsync(string environment, string description, CancellationToken cancellationToken = default) =>
        CloseAsync(environment, new GitHubDeploymentStatusRequest(GitHubDeploymentState.Failure, description, null, logUrl), cancellationToken);

    /// <summary>
    /// <paramref name="restored"/> was rolled back to and verified: it gets a <c>deploy:rollback</c> deployment that
    /// succeeded, and the deployment of <paramref name="replacedVersion"/> (this run's, or the newest one on GitHub)
    /// becomes <c>inactive</c>.
    /// </summary>
    public async Task RolledBackAsync(GitHubDeploymentRequest restored, string? replacedVersion, Uri? environmentUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(restored);
        var replaced = _mine.Remove(restored.Environment, out var mine) && (replacedVersion is null || mine.Deployment.Version == replacedVersion)
            ? mine.Deployment
            : replacedVersion is null ? null : await deployments.FindLatestAsync(restored.Environment, replacedVersion, cancellationToken).ConfigureAwait(false);
        var rollback = await deployments.FindOrCreateAsync(restored with { Task = GitHubDeploymentRequest.RollbackTask }, cancellationToken).ConfigureAwait(false);
        await deployments.SetStatusAsync(rollback.Id, new GitHubDeploymentStatusRequest(
            GitHubDeploymentState.InProgress, $"Rolling back to {restored.Version}", environmentUrl, logUrl), cancellationToken).ConfigureAwait(false);
        await deployments.SetStatusAsync(rollback.Id, new GitHubDeploymentStatusRequest(
            GitHubDeploymentState.Success, $"Rolled back to {restored.Version}; verified", environmentUrl, logUrl), cancellationToken).ConfigureAwait(false);
        if (replaced is not null)
        {
            await deployments.SetStatusAsync(replaced.Id, new GitHubDeploymentStatusRequest(
                GitHubDeploymentState.Inactive, $"Rolled back to {restored.Version}", null, logUrl), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task CloseAsync(string environment, GitHubDeploymentStatusRequest status, CancellationToken cancellationToken)
    {
        if (!_mine.TryGetValue(environment, out var entry) || entry.Verdict == status.State)
        {
            return;
        }

        await deployments.SetStatusAsync(entry.Deployment.Id, status, cancellationToken).ConfigureAwait(false);
        _mine[environment] = (entry.Deployment, status.State);
    }
}

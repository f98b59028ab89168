namespace Liftoff.GitHub.Deployments;

/// <summary>The states of a deployment status Liftoff sets.</summary>
public enum GitHubDeploymentState
{
    /// <summary>The deploy is running.</summary>
    InProgress,

    /// <summary>The version is served (and, once validated, passed).</summary>
    Success,

    /// <summary>The deploy or its validation failed.</summary>
    Failure,

    /// <summary>The deployment no longer runs: it was rolled back.</summary>
    Inactive,
}

/// <summary>One deployment status.</summary>
/// <param name="State">The state.</param>
/// <param name="Description">A short description (GitHub keeps at most 140 characters).</param>
/// <param name="EnvironmentUrl">The URL the environment serves, if any.</param>
/// <param name="LogUrl">The CI run's page, if running in CI.</param>
public sealed record GitHubDeploymentStatusRequest(
    GitHubDeploymentState State, string? Description = null, Uri? EnvironmentUrl = null, Uri? LogUrl = null);

using System.Text.Json;
using Liftoff.TestSupport.GitHub.Hosting;
using Liftoff.TestSupport.GitHub.State;

namespace Liftoff.TestSupport.GitHub.Wire;

/// <summary>A deployment (https://docs.github.com/rest/deployments/deployments), with the fields Octokit's <c>Deployment</c> reads.</summary>
internal sealed record DeploymentJson(
    string Url,
    long Id,
    string NodeId,
    string Sha,
    string Ref,
    string Task,
    JsonElement Payload,
    string OriginalEnvironment,
    string Environment,
    string? Description,
    UserJson Creator,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string StatusesUrl,
    string RepositoryUrl,
    bool TransientEnvironment,
    bool ProductionEnvironment,
    object? PerformedViaGithubApp)
{
    public static DeploymentJson From(StoredDeployment deployment, RepoRef repo, ServerUrls urls, GitHubUser user)
    {
        var api = urls.RepoApi(repo.Owner, repo.Name);
        using var payload = JsonDocument.Parse(deployment.PayloadJson);
        return new DeploymentJson(
            $"{api}/deployments/{deployment.Id}",
            deployment.Id,
            NodeIds.For("DE", deployment.Id),
            deployment.Sha,
            deployment.Ref,
            deployment.Task,
            payload.RootElement.Clone(),
            deployment.Environment,
            deployment.Environment,
            deployment.Description,
            UserJson.From(user, urls),
            deployment.CreatedAt,
            deployment.CreatedAt,
            $"{api}/deployments/{deployment.Id}/statuses",
            api,
            deployment.TransientEnvironment,
            deployment.ProductionEnvironment,
            null);
    }
}

/// <summary>A deployment status, with the fields Octokit's <c>DeploymentStatus</c> reads; <c>target_url</c> mirrors <c>log_url</c> as on GitHub.</summary>
internal sealed record DeploymentStatusJson(
    string Url,
    long Id,
    string NodeId,
    string State,
    UserJson Creator,
    string Description,
    string Environment,
    string TargetUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string DeploymentUrl,
    string RepositoryUrl,
    string EnvironmentUrl,
    string LogUrl,
    object? PerformedViaGithubApp)
{
    public static DeploymentStatusJson From(StoredDeploymentStatus status, RepoRef repo, ServerUrls urls, GitHubUser user)
    {
        var api = urls.RepoApi(repo.Owner, repo.Name);
        return new DeploymentStatusJson(
            $"{api}/deployments/{status.DeploymentId}/statuses/{status.Id}",
            status.Id,
            NodeIds.For("DES", status.Id),
            status.State,
            UserJson.From(user, urls),
            status.Description,
            status.Environment,
            status.LogUrl,
            status.CreatedAt,
            status.CreatedAt,
            $"{api}/deployments/{status.DeploymentId}",
            api,
            status.EnvironmentUrl,
            status.LogUrl,
            null);
    }
}

/// <summary>The body of a create-deployment request; <c>payload</c> may be an object or a JSON string.</summary>
internal sealed record DeploymentRequest(
    string? Ref,
    string? Task,
    bool? AutoMerge,
    IReadOnlyList<string>? RequiredContexts,
    JsonElement? Payload,
    string? Environment,
    string? Description,
    bool? TransientEnvironment,
    bool? ProductionEnvironment);

/// <summary>The body of a create-deployment-status request.</summary>
internal sealed record DeploymentStatusRequest(
    string? State,
    string? TargetUrl,
    string? LogUrl,
    string? Description,
    string? Environment,
    string? EnvironmentUrl,
    bool? AutoInactive);

using System.Text.Json;
using Liftoff.TestSupport.GitHub.Hosting;
using Liftoff.TestSupport.GitHub.State;
using Liftoff.TestSupport.GitHub.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liftoff.TestSupport.GitHub.Routes;

/// <summary>
/// Deployments and deployment statuses (https://docs.github.com/rest/deployments/deployments,
/// https://docs.github.com/rest/deployments/statuses). As on GitHub: <c>ref</c> is a branch, tag or full sha;
/// <c>environment</c> defaults to production, <c>task</c> to deploy, <c>auto_merge</c> to true and
/// <c>production_environment</c> to whether the environment is named production; when <c>required_contexts</c> is
/// omitted every commit status context of the sha must be success, and an empty array skips that check (409 otherwise).
/// </summary>
internal static class DeploymentsRoutes
{
    private static readonly string[] States = ["error", "failure", "inactive", "in_progress", "queued", "pending", "success"];

    public static void Map(IEndpointRouteBuilder repo)
    {
        repo.MapPost("/deployments", CreateAsync);
        repo.MapGet("/deployments", List);
        repo.MapGet("/deployments/{id:long}", Get);
        repo.MapPost("/deployments/{id:long}/statuses", CreateStatusAsync);
        repo.MapGet("/deployments/{id:long}/statuses", ListStatuses);
        repo.MapGet("/deployments/{id:long}/statuses/{statusId:long}", GetStatus);
    }

    private static async Task<IResult> CreateAsync(string owner, string repo, HttpRequest request, GitHubState state, ServerUrls urls)
    {
        var body = await GitHubJson.ReadAsync<DeploymentRequest>(request);
        if (body is null)
        {
            return GitHubErrors.ProblemsParsingJson();
        }

        if (string.IsNullOrEmpty(body.Ref))
        {
            return GitHubErrors.ValidationFailed("Deployment", "ref", "missing_field");
        }

        var store = state.Repo(owner, repo);
        var sha = store.Refs.Get("refs/heads/" + body.Ref)?.Sha ?? store.Refs.Get("refs/tags/" + body.Ref)?.Sha
            ?? (GitSha.IsValid(body.Ref) ? body.Ref.ToLowerInvariant() : null);
        if (sha is null)
        {
            return GitHubErrors.Unprocessable($"No ref found for: {body.Ref}");
        }

        if (FailingContexts(store, sha, body.RequiredContexts) is { Count: > 0 } failing)
        {
            return GitHubErrors.Message(StatusCodes.Status409Conflict,
                $"Conflict: Commit status checks failed for {body.Ref}. ({string.Join(", ", failing)})");
        }

        var environment = string.IsNullOrEmpty(body.Environment) ? "production" : body.Environment;
        var deployment = store.Deployments.Create(new DeploymentInput(
            sha,
            body.Ref,
            string.IsNullOrEmpty(body.Task) ? "deploy" : body.Task,
            body.Payload is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } payload ? payload.GetRawText() : "{}",
            environment,
            body.Description,
            body.TransientEnvironment ?? false,
            body.ProductionEnvironment ?? environment == "production",
            body.AutoMerge ?? true,
            body.RequiredContexts));
        return GitHubJson.Result(DeploymentJson.From(deployment, new RepoRef(owner, repo), urls, state.User), StatusCodes.Status201Created);
    }

    private static IResult List(string owner, string repo, HttpContext context, GitHubState state, ServerUrls urls)
    {
        var query = context.Request.Query;
        var deployments = state.Repo(owner, repo).Deployments.All()
            .Where(d => Matches(query["sha"], d.Sha) && Matches(query["ref"], d.Ref))
            .Where(d => Matches(query["task"], d.Task) && Matches(query["environment"], d.Environment))
            .Select(d => DeploymentJson.From(d, new RepoRef(owner, repo), urls, state.User))
            .ToList();
        return GitHubJson.Result(Paging.Page(context, deployments));
    }

    private static IResult Get(string owner, string repo, long id, GitHubState state, ServerUrls urls) =>
        state.Repo(owner, repo).Deployments.Get(id) is { } deployment
            ? GitHubJson.Result(DeploymentJson.From(deployment, new RepoRef(owner, repo), urls, state.User))
            : GitHubErrors.NotFound();

    private static async Task<IResult> CreateStatusAsync(
        string owner, string repo, long id, HttpRequest request, GitHubState state, ServerUrls urls)
    {
        var body = await GitHubJson.ReadAsync<DeploymentStatusRequest>(request);
        if (body is null)
        {
            return GitHubErrors.ProblemsParsingJson();
        }

        if (body.State is null || !States.Contains(body.State, StringComparer.Ordinal))
        {
            return GitHubErrors.ValidationFailed("DeploymentStatus", "state", body.State is null ? "missing_field" : "invalid");
        }

        var input = new DeploymentStatusInput(body.State, body.Description, body.Environment, body.LogUrl ?? body.TargetUrl, body.EnvironmentUrl);
        var status = state.Repo(owner, repo).Deployments.AddStatus(id, input, body.AutoInactive ?? true);
        return status is null
            ? GitHubErrors.NotFound()
            : GitHubJson.Result(DeploymentStatusJson.From(status, new RepoRef(owner, repo), urls, state.User), StatusCodes.Status201Created);
    }

    private static IResult ListStatuses(string owner, string repo, long id, HttpContext context, GitHubState state, ServerUrls urls)
    {
        var store = state.Repo(owner, repo).Deployments;
        if (store.Get(id) is null)
        {
            return GitHubErrors.NotFound();
        }

        var statuses = store.Statuses(id).Select(s => DeploymentStatusJson.From(s, new RepoRef(owner, repo), urls, state.User)).ToList();
        return GitHubJson.Result(Paging.Page(context, statuses));
    }

    private static IResult GetStatus(string owner, string repo, long id, long statusId, GitHubState state, ServerUrls urls) =>
        state.Repo(owner, repo).Deployments.Statuses(id).FirstOrDefault(s => s.Id == statusId) is { } status
            ? GitHubJson.Result(DeploymentStatusJson.From(status, new RepoRef(owner, repo), urls, state.User))
            : GitHubErrors.NotFound();

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues filter, string value) =>
        filter.ToString() is not { Length: > 0 } wanted || string.Equals(wanted, value, StringComparison.Ordinal);

    // The contexts that stop the deployment: every context of the sha when none are named, else the named ones
    // that are not success (a named context with no status at all is not success either).
    private static List<string> FailingContexts(RepoState store, string sha, IReadOnlyList<string>? required)
    {
        var latest = store.Statuses.LatestStatuses(sha).ToDictionary(s => s.Context, s => s.State, StringComparer.Ordinal);
        var contexts = required ?? [.. latest.Keys];
        return [.. contexts.Where(context => !latest.TryGetValue(context, out var s) || s != "success")];
    }
}

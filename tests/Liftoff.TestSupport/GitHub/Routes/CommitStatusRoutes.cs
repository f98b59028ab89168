using Liftoff.TestSupport.GitHub.Hosting;
using Liftoff.TestSupport.GitHub.State;
using Liftoff.TestSupport.GitHub.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liftoff.TestSupport.GitHub.Routes;

/// <summary>
/// The combined status (https://docs.github.com/rest/commits/statuses#get-the-combined-status-for-a-specific-reference)
/// and check runs (https://docs.github.com/rest/checks/runs#list-check-runs-for-a-git-reference) of a ref. A ref
/// that is a branch or tag known to the refs store is resolved to its sha; anything else is taken as a sha.
/// </summary>
internal static class CommitStatusRoutes
{
    public static void Map(IEndpointRouteBuilder repo)
    {
        repo.MapGet("/commits/{ref}/status", Combined);
        repo.MapGet("/commits/{ref}/check-runs", CheckRuns);
    }

    private static IResult Combined(string owner, string repo, string @ref, HttpContext context, GitHubState state, ServerUrls urls)
    {
        var store = state.Repo(owner, repo);
        var sha = Resolve(store, @ref);
        var statuses = store.Statuses.LatestStatuses(sha);
        var page = Paging.Page(context, statuses);
        return GitHubJson.Result(CombinedStatusJson.From(sha, store.Statuses.CombinedState(sha), page, new RepoRef(owner, repo), urls, state.User));
    }

    private static IResult CheckRuns(string owner, string repo, string @ref, HttpContext context, GitHubState state, ServerUrls urls)
    {
        var store = state.Repo(owner, repo);
        var query = context.Request.Query;
        var latestOnly = !string.Equals(query["filter"].ToString(), "all", StringComparison.Ordinal);
        var runs = store.Statuses.CheckRuns(Resolve(store, @ref), latestOnly)
            .Where(run => query["check_name"].ToString() is not { Length: > 0 } name || run.Name == name)
            .Where(run => query["status"].ToString() is not { Length: > 0 } status || run.Status == status)
            .ToList();
        var page = Paging.Page(context, runs);
        return GitHubJson.Result(new CheckRunsJson(runs.Count, [.. page.Select(run => CheckRunJson.From(run, new RepoRef(owner, repo), urls))]));
    }

    private static string Resolve(RepoState store, string reference) =>
        store.Refs.Get("refs/heads/" + reference)?.Sha ?? store.Refs.Get("refs/tags/" + reference)?.Sha ?? reference;
}

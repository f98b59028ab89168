using Liftoff.TestSupport.GitHub.Hosting;
using Liftoff.TestSupport.GitHub.State;
using Liftoff.TestSupport.GitHub.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liftoff.TestSupport.GitHub.Routes;

/// <summary>
/// Pull requests and their reviews, read-only (https://docs.github.com/rest/pulls): a pull by number, its reviews,
/// and the pulls associated with a commit (https://docs.github.com/rest/commits/commits#list-pull-requests-associated-with-a-commit).
/// </summary>
internal static class PullsRoutes
{
    public static void Map(IEndpointRouteBuilder repo)
    {
        repo.MapGet("/commits/{sha}/pulls", ForCommit);
        repo.MapGet("/pulls/{number:int}", Get);
        repo.MapGet("/pulls/{number:int}/reviews", Reviews);
    }

    private static IResult ForCommit(string owner, string repo, string sha, HttpContext context, GitHubState state, ServerUrls urls)
    {
        var pulls = state.Repo(owner, repo).Pulls.ForCommit(sha);
        var json = pulls.Select(pull => PullJson.From(pull, new RepoRef(owner, repo), urls, state.User)).ToList();
        return GitHubJson.Result(Paging.Page(context, json));
    }

    private static IResult Get(string owner, string repo, int number, GitHubState state, ServerUrls urls) =>
        state.Repo(owner, repo).Pulls.Get(number) is { } pull
            ? GitHubJson.Result(PullJson.From(pull, new RepoRef(owner, repo), urls, state.User))
            : GitHubErrors.NotFound();

    private static IResult Reviews(string owner, string repo, int number, HttpContext context, GitHubState state, ServerUrls urls)
    {
        var pulls = state.Repo(owner, repo).Pulls;
        if (pulls.Get(number) is not { } pull)
        {
            return GitHubErrors.NotFound();
        }

        var json = pulls.Reviews(number).Select(review => ReviewJson.From(review, pull, new RepoRef(owner, repo), urls)).ToList();
        return GitHubJson.Result(Paging.Page(context, json));
    }
}

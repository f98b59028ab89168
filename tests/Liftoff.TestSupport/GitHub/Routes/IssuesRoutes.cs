using Liftoff.TestSupport.GitHub.Hosting;
using Liftoff.TestSupport.GitHub.State;
using Liftoff.TestSupport.GitHub.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liftoff.TestSupport.GitHub.Routes;

/// <summary>
/// A repository's issues (https://docs.github.com/rest/issues/issues#list-repository-issues). As on GitHub the list
/// includes pull requests, <c>state</c> is open (default), closed or all, and <c>labels</c> is a comma-separated list
/// an issue must carry every one of.
/// </summary>
internal static class IssuesRoutes
{
    public static void Map(IEndpointRouteBuilder repo) => repo.MapGet("/issues", List);

    private static IResult List(string owner, string repo, HttpContext context, GitHubState state, ServerUrls urls)
    {
        var query = context.Request.Query;
        var wanted = query["state"].ToString() is { Length: > 0 } given ? given : "open";
        if (wanted is not ("open" or "closed" or "all"))
        {
            return GitHubErrors.ValidationFailed("Issue", "state", "invalid");
        }

        var labels = query["labels"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var issues = state.Repo(owner, repo).Issues.All()
            .Where(issue => wanted == "all" || issue.State == wanted)
            .Where(issue => labels.All(label => issue.Labels.Contains(label, StringComparer.OrdinalIgnoreCase)))
            .Select(issue => IssueJson.From(issue, new RepoRef(owner, repo), urls, state.User))
            .ToList();
        return GitHubJson.Result(Paging.Page(context, issues));
    }
}

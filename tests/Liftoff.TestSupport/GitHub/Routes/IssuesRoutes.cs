using Liftoff.TestSupport.GitHub.Hosting;
using Liftoff.TestSupport.GitHub.State;
using Liftoff.TestSupport.GitHub.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liftoff.TestSupport.GitHub.Routes;

/// <summary>
/// A repository's issues (https://docs.github.com/rest/issues/issues) and their comments
/// (https://docs.github.com/rest/issues/comments). As on GitHub the list includes pull requests, <c>state</c> is
/// open (default), closed or all, and <c>labels</c> is a comma-separated list an issue must carry every one of; a
/// pull request is commented on through its issue number.
/// </summary>
internal static class IssuesRoutes
{
    public static void Map(IEndpointRouteBuilder repo)
    {
        repo.MapGet("/issues", List);
        repo.MapPost("/issues", CreateAsync);
        repo.MapGet("/issues/{number:int}", Get);
        repo.MapGet("/issues/{number:int}/comments", Comments);
        repo.MapPost("/issues/{number:int}/comments", CommentAsync);
    }

    private static IResult List(string owner, string repo, HttpContext context, GitHubState state, ServerUrls urls)
    {
        var query = context.Request.Query;
        var wanted = query["state"].ToString() is { Length: > 0 } given ? given : "open";
        if (wanted is not ("open" or "closed" or "all"))
        {
            return GitHubErrors.ValidationFailed("Issue", "state", "invalid");
        }

        var labels = query["labels"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var store = state.Repo(owner, repo);
        var issues = store.Issues.All()
            .Where(issue => wanted == "all" || issue.State == wanted)
            .Where(issue => labels.All(label => issue.Labels.Contains(label, StringComparer.OrdinalIgnoreCase)))
            .Select(issue => IssueJson.From(issue, new RepoRef(owner, repo), urls, state.User, store.Comments.ForIssue(issue.Number).Count))
            .ToList();
        return GitHubJson.Result(Paging.Page(context, issues));
    }

    private static async Task<IResult> CreateAsync(string owner, string repo, HttpRequest request, GitHubState state, ServerUrls urls)
    {
        var body = await GitHubJson.ReadAsync<IssueRequest>(request);
        if (body is null)
        {
            return GitHubErrors.ProblemsParsingJson();
        }

        if (string.IsNullOrWhiteSpace(body.Title))
        {
            return GitHubErrors.ValidationFailed("Issue", "title", "missing_field");
        }

        var store = state.Repo(owner, repo);
        var issue = store.Issues.Add(store.NextIssueNumber(), body.Title, body.Labels ?? [], body: body.Body ?? "");
        return GitHubJson.Result(IssueJson.From(issue, new RepoRef(owner, repo), urls, state.User), StatusCodes.Status201Created);
    }

    private static IResult Get(string owner, string repo, int number, GitHubState state, ServerUrls urls)
    {
        var store = state.Repo(owner, repo);
        return store.Issues.Get(number) is { } issue
            ? GitHubJson.Result(IssueJson.From(issue, new RepoRef(owner, repo), urls, state.User, store.Comments.ForIssue(number).Count))
            : GitHubErrors.NotFound();
    }

    private static IResult Comments(string owner, string repo, int number, HttpContext context, GitHubState state, ServerUrls urls)
    {
        var store = state.Repo(owner, repo);
        if (!store.HasIssueOrPull(number))
        {
            return GitHubErrors.NotFound();
        }

        var comments = store.Comments.ForIssue(number).Select(c => IssueCommentJson.From(c, new RepoRef(owner, repo), urls, state.User)).ToList();
        return GitHubJson.Result(Paging.Page(context, comments));
    }

    private static async Task<IResult> CommentAsync(
        string owner, string repo, int number, HttpRequest request, GitHubState state, ServerUrls urls)
    {
        var body = await GitHubJson.ReadAsync<IssueCommentRequest>(request);
        if (body is null)
        {
            return GitHubErrors.ProblemsParsingJson();
        }

        var store = state.Repo(owner, repo);
        if (!store.HasIssueOrPull(number))
        {
            return GitHubErrors.NotFound();
        }

        if (string.IsNullOrEmpty(body.Body))
        {
            return GitHubErrors.ValidationFailed("IssueComment", "body", "missing_field");
        }

        var comment = store.Comments.Add(number, body.Body);
        return GitHubJson.Result(IssueCommentJson.From(comment, new RepoRef(owner, repo), urls, state.User), StatusCodes.Status201Created);
    }
}

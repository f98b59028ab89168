using Liftoff.TestSupport.GitHub.Hosting;
using Liftoff.TestSupport.GitHub.State;
using Liftoff.TestSupport.GitHub.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liftoff.TestSupport.GitHub.Routes;

/// <summary>
/// Git references (https://docs.github.com/rest/git/refs). Ref names in paths leave out <c>refs/</c>
/// (<c>heads/main</c>, <c>tags/v1.0.0</c>) and contain slashes, hence the catch-all parameters. Both the current
/// endpoints (<c>git/ref</c>, <c>git/matching-refs</c>) and the older <c>git/refs/{ref}</c>, which Octokit still
/// calls and which answers one object on an exact match and a list on a prefix match, are served.
/// </summary>
internal static class GitRefsRoutes
{
    public static void Map(IEndpointRouteBuilder repo)
    {
        repo.MapGet("/git/refs", ListAll);
        repo.MapGet("/git/refs/{**name}", GetOrList);
        repo.MapGet("/git/ref/{**name}", GetExact);
        repo.MapGet("/git/matching-refs/{**name}", ListMatching);
        repo.MapPost("/git/refs", CreateAsync);
        repo.MapPatch("/git/refs/{**name}", UpdateAsync);
        repo.MapDelete("/git/refs/{**name}", Delete);
    }

    private static IResult ListAll(string owner, string repo, HttpContext context, GitHubState state, ServerUrls urls) =>
        AnswerList(state.Repo(owner, repo).Refs.All(), owner, repo, context, state, urls);

    private static IResult GetOrList(string owner, string repo, string name, HttpContext context, GitHubState state, ServerUrls urls)
    {
        var refs = state.Repo(owner, repo).Refs;
        var fullName = FullName(name);
        if (refs.Get(fullName) is { } exact)
        {
            return Answer(exact, owner, repo, state, urls, StatusCodes.Status200OK);
        }

        var matches = refs.Matching(fullName);
        return matches.Count == 0 ? GitHubErrors.NotFound() : AnswerList(matches, owner, repo, context, state, urls);
    }

    private static IResult GetExact(string owner, string repo, string name, GitHubState state, ServerUrls urls) =>
        state.Repo(owner, repo).Refs.Get(FullName(name)) is { } stored
            ? Answer(stored, owner, repo, state, urls, StatusCodes.Status200OK)
            : GitHubErrors.NotFound();

    private static IResult ListMatching(
        string owner, string repo, string name, HttpContext context, GitHubState state, ServerUrls urls) =>
        AnswerList(state.Repo(owner, repo).Refs.Matching(FullName(name)), owner, repo, context, state, urls);

    private static async Task<IResult> CreateAsync(string owner, string repo, HttpRequest request, GitHubState state, ServerUrls urls)
    {
        var body = await GitHubJson.ReadAsync<RefCreateRequest>(request);
        if (body is null)
        {
            return GitHubErrors.ProblemsParsingJson();
        }

        if (!GitRefStore.IsValidName(body.Ref))
        {
            return GitHubErrors.Unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
        }

        if (!GitSha.IsValid(body.Sha))
        {
            return GitHubErrors.Unprocessable("Object does not exist");
        }

        var result = state.Repo(owner, repo).Refs.Create(body.Ref!, body.Sha!.ToLowerInvariant());
        return result.Outcome == StoreOutcome.Done
            ? Answer(result.Value!, owner, repo, state, urls, StatusCodes.Status201Created)
            : GitHubErrors.Unprocessable("Reference already exists");
    }

    private static async Task<IResult> UpdateAsync(
        string owner, string repo, string name, HttpRequest request, GitHubState state, ServerUrls urls)
    {
        var body = await GitHubJson.ReadAsync<RefUpdateRequest>(request);
        if (body is null)
        {
            return GitHubErrors.ProblemsParsingJson();
        }

        if (!GitSha.IsValid(body.Sha))
        {
            return GitHubErrors.Unprocessable("Object does not exist");
        }

        var result = state.Repo(owner, repo).Refs.Update(FullName(name), body.Sha!.ToLowerInvariant());
        return result.Outcome == StoreOutcome.Done
            ? Answer(result.Value!, owner, repo, state, urls, StatusCodes.Status200OK)
            : GitHubErrors.Unprocessable("Reference does not exist");
    }

    private static IResult Delete(string owner, string repo, string name, GitHubState state) =>
        state.Repo(owner, repo).Refs.Delete(FullName(name))
            ? Results.NoContent()
            : GitHubErrors.Unprocessable("Reference does not exist");

    /// <summary>Paths carry <c>heads/main</c>; the store keys on <c>refs/heads/main</c>.</summary>
    private static string FullName(string name) => "refs/" + Uri.UnescapeDataString(name);

    private static IResult AnswerList(
        IReadOnlyList<StoredRef> refs, string owner, string repo, HttpContext context, GitHubState state, ServerUrls urls)
    {
        var page = Paging.Page(context, refs);
        var tags = state.Repo(owner, repo).Tags;
        return GitHubJson.Result(page.Select(r => ToJson(r, tags, owner, repo, urls)).ToList());
    }

    private static IResult Answer(StoredRef stored, string owner, string repo, GitHubState state, ServerUrls urls, int status) =>
        GitHubJson.Result(ToJson(stored, state.Repo(owner, repo).Tags, owner, repo, urls), status);

    private static RefJson ToJson(StoredRef stored, GitTagStore tags, string owner, string repo, ServerUrls urls) =>
        RefJson.From(stored, tags.Get(stored.Sha) is null ? "commit" : "tag", new RepoRef(owner, repo), urls);
}

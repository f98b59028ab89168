using Liftoff.TestSupport.GitHub.Hosting;
using Liftoff.TestSupport.GitHub.State;
using Liftoff.TestSupport.GitHub.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liftoff.TestSupport.GitHub.Routes;

/// <summary>
/// The releases endpoints (https://docs.github.com/rest/releases/releases). Assets are in
/// <see cref="ReleaseAssetsRoutes"/>.
/// </summary>
internal static class ReleasesRoutes
{
    public static void Map(IEndpointRouteBuilder repo)
    {
        repo.MapPost("/releases", CreateAsync);
        repo.MapGet("/releases", List);
        repo.MapGet("/releases/latest", Latest);
        // Tags may hold slashes (release/1.0), hence the catch-all.
        repo.MapGet("/releases/tags/{**tag}", GetByTag);
        repo.MapGet("/releases/{id:long}", Get);
        repo.MapPatch("/releases/{id:long}", UpdateAsync);
        repo.MapDelete("/releases/{id:long}", Delete);
    }

    private static async Task<IResult> CreateAsync(
        string owner, string repo, HttpRequest request, GitHubState state, ServerUrls urls)
    {
        var body = await GitHubJson.ReadAsync<ReleaseRequest>(request);
        if (body is null)
        {
            return GitHubErrors.ProblemsParsingJson();
        }

        if (string.IsNullOrEmpty(body.TagName))
        {
            return GitHubErrors.ValidationFailed("Release", "tag_name", "missing_field");
        }

        var input = new ReleaseInput(
            body.TagName,
            string.IsNullOrEmpty(body.TargetCommitish) ? "main" : body.TargetCommitish,
            body.Name,
            body.Body,
            body.Draft ?? false,
            body.Prerelease ?? false);
        var result = state.Repo(owner, repo).Releases.Create(input);
        return result.Outcome == StoreOutcome.Done
            ? Answer(result.Value!, owner, repo, state, urls, StatusCodes.Status201Created)
            : GitHubErrors.ValidationFailed("Release", "tag_name", "already_exists");
    }

    private static IResult List(string owner, string repo, HttpContext context, GitHubState state, ServerUrls urls)
    {
        var page = Paging.Page(context, state.Repo(owner, repo).Releases.All());
        var user = state.User;
        return GitHubJson.Result(page.Select(r => ReleaseJson.From(r, new RepoRef(owner, repo), urls, user)).ToList());
    }

    private static IResult Latest(string owner, string repo, GitHubState state, ServerUrls urls) =>
        AnswerOrNotFound(state.Repo(owner, repo).Releases.Latest(), owner, repo, state, urls);

    private static IResult GetByTag(string owner, string repo, string tag, GitHubState state, ServerUrls urls) =>
        AnswerOrNotFound(state.Repo(owner, repo).Releases.GetByTag(Uri.UnescapeDataString(tag)), owner, repo, state, urls);

    private static IResult Get(string owner, string repo, long id, GitHubState state, ServerUrls urls) =>
        AnswerOrNotFound(state.Repo(owner, repo).Releases.Get(id), owner, repo, state, urls);

    private static async Task<IResult> UpdateAsync(
        string owner, string repo, long id, HttpRequest request, GitHubState state, ServerUrls urls)
    {
        var body = await GitHubJson.ReadAsync<ReleaseRequest>(request);
        if (body is null)
        {
            return GitHubErrors.ProblemsParsingJson();
        }

        var result = state.Repo(owner, repo).Releases.Update(id, r => r with
        {
            TagName = string.IsNullOrEmpty(body.TagName) ? r.TagName : body.TagName,
            TargetCommitish = string.IsNullOrEmpty(body.TargetCommitish) ? r.TargetCommitish : body.TargetCommitish,
            Name = body.Name ?? r.Name,
            Body = body.Body ?? r.Body,
            Draft = body.Draft ?? r.Draft,
            Prerelease = body.Prerelease ?? r.Prerelease,
        });
        return result.Outcome switch
        {
            StoreOutcome.Done => Answer(result.Value!, owner, repo, state, urls, StatusCodes.Status200OK),
            StoreOutcome.NotFound => GitHubErrors.NotFound(),
            _ => GitHubErrors.ValidationFailed("Release", "tag_name", "already_exists"),
        };
    }

    private static IResult Delete(string owner, string repo, long id, GitHubState state) =>
        state.Repo(owner, repo).Releases.Delete(id) ? Results.NoContent() : GitHubErrors.NotFound();

    private static IResult AnswerOrNotFound(
        StoredRelease? release, string owner, string repo, GitHubState state, ServerUrls urls) =>
        release is null ? GitHubErrors.NotFound() : Answer(release, owner, repo, state, urls, StatusCodes.Status200OK);

    private static IResult Answer(
        StoredRelease release, string owner, string repo, GitHubState state, ServerUrls urls, int status) =>
        GitHubJson.Result(ReleaseJson.From(release, new RepoRef(owner, repo), urls, state.User), status);
}

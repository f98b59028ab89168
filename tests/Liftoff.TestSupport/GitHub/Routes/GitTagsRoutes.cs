using Liftoff.TestSupport.GitHub.Hosting;
using Liftoff.TestSupport.GitHub.State;
using Liftoff.TestSupport.GitHub.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liftoff.TestSupport.GitHub.Routes;

/// <summary>
/// Annotated tag objects (https://docs.github.com/rest/git/tags). As on GitHub, creating the object does not
/// create <c>refs/tags/*</c>; the caller creates that ref next, pointing at the tag object's sha.
/// </summary>
internal static class GitTagsRoutes
{
    private static readonly string[] ObjectTypes = ["commit", "tree", "blob"];

    public static void Map(IEndpointRouteBuilder repo)
    {
        repo.MapPost("/git/tags", CreateAsync);
        repo.MapGet("/git/tags/{sha}", Get);
    }

    private static async Task<IResult> CreateAsync(string owner, string repo, HttpRequest request, GitHubState state, ServerUrls urls)
    {
        var body = await GitHubJson.ReadAsync<TagCreateRequest>(request);
        if (body is null)
        {
            return GitHubErrors.ProblemsParsingJson();
        }

        if (string.IsNullOrEmpty(body.Tag) || body.Message is null)
        {
            return GitHubErrors.Unprocessable("Invalid request.\n\n\"tag\" and \"message\" are required.");
        }

        var type = body.Type ?? "commit";
        if (!GitSha.IsValid(body.Object) || !ObjectTypes.Contains(type))
        {
            return GitHubErrors.Unprocessable("Object does not exist");
        }

        var tagger = body.Tagger is { Name: { } name, Email: { } email }
            ? new GitPerson(name, email, body.Tagger.Date ?? state.Time.GetUtcNow())
            : null;
        var stored = state.Repo(owner, repo).Tags.Create(body.Tag, body.Message, body.Object!.ToLowerInvariant(), type, tagger);
        return GitHubJson.Result(TagJson.From(stored, new RepoRef(owner, repo), urls), StatusCodes.Status201Created);
    }

    private static IResult Get(string owner, string repo, string sha, GitHubState state, ServerUrls urls) =>
        state.Repo(owner, repo).Tags.Get(sha) is { } stored
            ? GitHubJson.Result(TagJson.From(stored, new RepoRef(owner, repo), urls))
            : GitHubErrors.NotFound();
}

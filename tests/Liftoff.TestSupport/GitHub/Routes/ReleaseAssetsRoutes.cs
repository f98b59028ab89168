using Liftoff.TestSupport.GitHub.Hosting;
using Liftoff.TestSupport.GitHub.State;
using Liftoff.TestSupport.GitHub.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liftoff.TestSupport.GitHub.Routes;

/// <summary>
/// Release assets (https://docs.github.com/rest/releases/assets): the upload under <c>/api/uploads</c>, the
/// metadata calls under <c>/api/v3</c>, and the browser download URL at the web root.
/// </summary>
internal static class ReleaseAssetsRoutes
{
    public static void Map(IEndpointRouteBuilder repo, IEndpointRouteBuilder uploadsRepo, IEndpointRouteBuilder web)
    {
        uploadsRepo.MapPost("/releases/{id:long}/assets", UploadAsync);
        repo.MapGet("/releases/{id:long}/assets", List);
        repo.MapGet("/releases/assets/{assetId:long}", Get);
        repo.MapPatch("/releases/assets/{assetId:long}", UpdateAsync);
        repo.MapDelete("/releases/assets/{assetId:long}", Delete);
        web.MapGet("/{owner}/{repo}/releases/download/{tag}/{name}", Download);
    }

    private static async Task<IResult> UploadAsync(
        string owner, string repo, long id, string? name, string? label, HttpRequest request, GitHubState state,
        ServerUrls urls)
    {
        if (string.IsNullOrEmpty(name))
        {
            return GitHubErrors.ValidationFailed("ReleaseAsset", "name", "missing_field");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        var releases = state.Repo(owner, repo).Releases;
        var result = releases.AddAsset(
            id, name, label, request.ContentType ?? "application/octet-stream", buffer.ToArray());
        return result.Outcome switch
        {
            StoreOutcome.Done => Answer(result.Value!, releases.Get(id)!, owner, repo, state, urls, StatusCodes.Status201Created),
            StoreOutcome.NotFound => GitHubErrors.NotFound(),
            _ => GitHubErrors.ValidationFailed("ReleaseAsset", "name", "already_exists"),
        };
    }

    private static IResult List(string owner, string repo, long id, HttpContext context, GitHubState state, ServerUrls urls)
    {
        var release = state.Repo(owner, repo).Releases.Get(id);
        if (release is null)
        {
            return GitHubErrors.NotFound();
        }

        var page = Paging.Page(context, release.Assets);
        var repoRef = new RepoRef(owner, repo);
        return GitHubJson.Result(page.Select(a => ReleaseAssetJson.From(a, release, repoRef, urls, state.User)).ToList());
    }

    /// <summary>
    /// Metadata by default; the bytes when the client asks for <c>application/octet-stream</c>, which is how
    /// GitHub serves private assets (there through a redirect to storage; here directly).
    /// </summary>
    private static IResult Get(string owner, string repo, long assetId, HttpRequest request, GitHubState state, ServerUrls urls)
    {
        if (state.Repo(owner, repo).Releases.GetAsset(assetId) is not { } found)
        {
            return GitHubErrors.NotFound();
        }

        var (release, asset) = found;

        return request.Headers.Accept.ToString().Contains("application/octet-stream", StringComparison.OrdinalIgnoreCase)
            ? Results.Bytes(asset.Content, "application/octet-stream", asset.Name)
            : Answer(asset, release, owner, repo, state, urls, StatusCodes.Status200OK);
    }

    private static async Task<IResult> UpdateAsync(
        string owner, string repo, long assetId, HttpRequest request, GitHubState state, ServerUrls urls)
    {
        var body = await GitHubJson.ReadAsync<AssetUpdateRequest>(request);
        if (body is null)
        {
            return GitHubErrors.ProblemsParsingJson();
        }

        var releases = state.Repo(owner, repo).Releases;
        var result = releases.UpdateAsset(assetId, string.IsNullOrEmpty(body.Name) ? null : body.Name, body.Label);
        var release = releases.GetAsset(assetId)?.Release;
        return result.Outcome switch
        {
            StoreOutcome.Done => Answer(result.Value!, release!, owner, repo, state, urls, StatusCodes.Status200OK),
            StoreOutcome.NotFound => GitHubErrors.NotFound(),
            _ => GitHubErrors.ValidationFailed("ReleaseAsset", "name", "already_exists"),
        };
    }

    private static IResult Delete(string owner, string repo, long assetId, GitHubState state) =>
        state.Repo(owner, repo).Releases.DeleteAsset(assetId) ? Results.NoContent() : GitHubErrors.NotFound();

    private static IResult Download(string owner, string repo, string tag, string name, GitHubState state)
    {
        var release = state.Repo(owner, repo).Releases.GetByTag(tag);
        var asset = release?.Assets.FirstOrDefault(a => a.Name == name);
        return asset is null
            ? Results.NotFound()
            : Results.Bytes(asset.Content, asset.ContentType, asset.Name);
    }

    private static IResult Answer(
        StoredAsset asset, StoredRelease release, string owner, string repo, GitHubState state, ServerUrls urls, int status) =>
        GitHubJson.Result(ReleaseAssetJson.From(asset, release, new RepoRef(owner, repo), urls, state.User), status);
}

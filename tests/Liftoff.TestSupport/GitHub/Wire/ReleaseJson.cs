using Liftoff.TestSupport.GitHub.Hosting;
using Liftoff.TestSupport.GitHub.State;

namespace Liftoff.TestSupport.GitHub.Wire;

/// <summary>A release as GitHub's REST API returns it, with every field Octokit's <c>Release</c> reads.</summary>
internal sealed record ReleaseJson(
    string Url,
    string HtmlUrl,
    string AssetsUrl,
    string UploadUrl,
    string TarballUrl,
    string ZipballUrl,
    long Id,
    string NodeId,
    string TagName,
    string TargetCommitish,
    string? Name,
    string? Body,
    bool Draft,
    bool Prerelease,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    UserJson Author,
    IReadOnlyList<ReleaseAssetJson> Assets)
{
    public static ReleaseJson From(StoredRelease release, RepoRef repo, ServerUrls urls, GitHubUser user)
    {
        var api = urls.RepoApi(repo.Owner, repo.Name);
        var tag = ServerUrls.EscapePath(release.TagName);
        return new ReleaseJson(
            $"{api}/releases/{release.Id}",
            $"{urls.RepoHtml(repo.Owner, repo.Name)}/releases/tag/{tag}",
            $"{api}/releases/{release.Id}/assets",
            // GitHub's RFC 6570 template; Octokit expands it and posts the bytes to the result.
            $"{urls.RepoUploads(repo.Owner, repo.Name)}/releases/{release.Id}/assets{{?name,label}}",
            $"{api}/tarball/{tag}",
            $"{api}/zipball/{tag}",
            release.Id,
            NodeIds.For("RE", release.Id),
            release.TagName,
            release.TargetCommitish,
            release.Name,
            release.Body,
            release.Draft,
            release.Prerelease,
            release.CreatedAt,
            release.PublishedAt,
            UserJson.From(user, urls),
            [.. release.Assets.Select(a => ReleaseAssetJson.From(a, release, repo, urls, user))]);
    }
}

/// <summary>A release asset as GitHub returns it, with every field Octokit's <c>ReleaseAsset</c> reads.</summary>
internal sealed record ReleaseAssetJson(
    string Url,
    string BrowserDownloadUrl,
    long Id,
    string NodeId,
    string Name,
    string? Label,
    string State,
    string ContentType,
    long Size,
    int DownloadCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    UserJson Uploader)
{
    public static ReleaseAssetJson From(
        StoredAsset asset, StoredRelease release, RepoRef repo, ServerUrls urls, GitHubUser user) =>
        new(
            $"{urls.RepoApi(repo.Owner, repo.Name)}/releases/assets/{asset.Id}",
            $"{urls.RepoHtml(repo.Owner, repo.Name)}/releases/download/"
                + $"{ServerUrls.EscapePath(release.TagName)}/{Uri.EscapeDataString(asset.Name)}",
            asset.Id,
            NodeIds.For("RA", asset.Id),
            asset.Name,
            asset.Label,
            "uploaded",
            asset.ContentType,
            asset.Content.Length,
            0,
            asset.CreatedAt,
            asset.UpdatedAt,
            UserJson.From(user, urls));
}

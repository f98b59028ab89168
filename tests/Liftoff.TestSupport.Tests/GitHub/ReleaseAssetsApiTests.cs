using System.Text;
using Liftoff.TestSupport.GitHub;
using Octokit;

namespace Liftoff.TestSupport.Tests.GitHub;

public sealed class ReleaseAssetsApiTests : GitHubServerFixture
{
    [Test]
    public async Task UploadAsset_ThroughUploadUrl_StoresBytesAndListsTheAsset()
    {
        // Given
        var release = await Client.Repository.Release.Create(Owner, Repo, new NewRelease("v1.0.0"));
        var bytes = Encoding.UTF8.GetBytes("archive bytes");

        // When
        ReleaseAsset uploaded;
        using (var content = new MemoryStream(bytes))
        {
            uploaded = await Client.Repository.Release.UploadAsset(
                release, new ReleaseAssetUpload("site-1.0.0.tar.gz", "application/gzip", content, null));
        }

        // Then
        var assets = await Client.Repository.Release.GetAllAssets(Owner, Repo, release.Id);
        var single = await Client.Repository.Release.GetAsset(Owner, Repo, uploaded.Id);
        var stored = Server.State.Repo(Owner, Repo).Releases.GetAsset(uploaded.Id)!.Value.Asset;
        Assert.Multiple(() =>
        {
            Assert.That(assets.Select(a => a.Name), Is.EqualTo(new[] { "site-1.0.0.tar.gz" }));
            Assert.That(single.Size, Is.EqualTo(bytes.Length));
            Assert.That(single.ContentType, Is.EqualTo("application/gzip"));
            Assert.That(single.Uploader.Login, Is.EqualTo("liftoff-bot"));
            Assert.That(stored.Content.ToArray(), Is.EqualTo(bytes));
        });
    }

    [Test]
    public async Task BrowserDownloadUrl_OfUploadedAsset_ServesTheBytes()
    {
        // Given
        var release = await Client.Repository.Release.Create(Owner, Repo, new NewRelease("v1.0.0"));
        using var content = new MemoryStream([1, 2, 3]);
        var asset = await Client.Repository.Release.UploadAsset(
            release, new ReleaseAssetUpload("app.bin", "application/octet-stream", content, null));

        // When
        using var http = new HttpClient();
        var downloaded = await http.GetByteArrayAsync(new Uri(asset.BrowserDownloadUrl));

        // Then
        Assert.That(downloaded, Is.EqualTo(new byte[] { 1, 2, 3 }));
    }

    [Test]
    public async Task UploadAsset_NameAlreadyUsed_ThrowsApiValidationException()
    {
        // Given
        var release = await Client.Repository.Release.Create(Owner, Repo, new NewRelease("v1.0.0"));
        using var first = new MemoryStream([1]);
        await Client.Repository.Release.UploadAsset(release, new ReleaseAssetUpload("a.zip", "application/zip", first, null));

        // When
        using var second = new MemoryStream([2]);
        var error = Assert.ThrowsAsync<ApiValidationException>(() =>
            Client.Repository.Release.UploadAsset(release, new ReleaseAssetUpload("a.zip", "application/zip", second, null)));

        // Then
        Assert.That(error.ApiError.Errors.Single().Code, Is.EqualTo("already_exists"));
    }
}

using System.Text;
using Liftoff.TestSupport.GitHub;
using Octokit;

namespace Liftoff.TestSupport.Tests.GitHub;

public sealed class ReleaseAssetsApiTests
{
    private const string Owner = "acme";
    private const string Repo = "site";
    private LocalGitHubServer _server = null!;
    private GitHubClient _client = null!;

    [SetUp]
    public async Task StartServer()
    {
        _server = await LocalGitHubServer.StartAsync();
        _client = _server.CreateClient();
    }

    [TearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    [Test]
    public async Task UploadAsset_ThroughUploadUrl_StoresBytesAndListsTheAsset()
    {
        // Given
        var release = await _client.Repository.Release.Create(Owner, Repo, new NewRelease("v1.0.0"));
        var bytes = Encoding.UTF8.GetBytes("archive bytes");

        // When
        ReleaseAsset uploaded;
        using (var content = new MemoryStream(bytes))
        {
            uploaded = await _client.Repository.Release.UploadAsset(
                release, new ReleaseAssetUpload("site-1.0.0.tar.gz", "application/gzip", content, null));
        }

        // Then
        var assets = await _client.Repository.Release.GetAllAssets(Owner, Repo, release.Id);
        var single = await _client.Repository.Release.GetAsset(Owner, Repo, uploaded.Id);
        var stored = _server.State.Repo(Owner, Repo).Releases.GetAsset(uploaded.Id)!.Value.Asset;
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
        var release = await _client.Repository.Release.Create(Owner, Repo, new NewRelease("v1.0.0"));
        using var content = new MemoryStream([1, 2, 3]);
        var asset = await _client.Repository.Release.UploadAsset(
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
        var release = await _client.Repository.Release.Create(Owner, Repo, new NewRelease("v1.0.0"));
        using var first = new MemoryStream([1]);
        await _client.Repository.Release.UploadAsset(release, new ReleaseAssetUpload("a.zip", "application/zip", first, null));

        // When
        using var second = new MemoryStream([2]);
        var error = Assert.ThrowsAsync<ApiValidationException>(() =>
            _client.Repository.Release.UploadAsset(release, new ReleaseAssetUpload("a.zip", "application/zip", second, null)));

        // Then
        Assert.That(error.ApiError.Errors.Single().Code, Is.EqualTo("already_exists"));
    }
}

using System.Security.Cryptography;
using System.Text;
using Liftoff.GitHub;
using Liftoff.TestSupport.GitHub.Faults;

namespace Liftoff.Core.Tests.GitHub;

public sealed class OctokitGitHubReleasesAssetTests : GitHubReleasesFixture
{
    [Test]
    public async Task UploadAssetAsync_Twice_KeepsOneAssetWithTheLatestBytesAndItsSha256()
    {
        // Given
        var sut = CreateSut();
        var release = await sut.UpsertAsync(new ReleaseRequest { Tag = "v1.0.0" });
        var first = Encoding.UTF8.GetBytes("first build");
        var second = Encoding.UTF8.GetBytes("second build, a different archive");

        // When
        var uploadedFirst = await sut.UploadAssetAsync(release.Release.Id, Asset(first));
        var uploadedSecond = await sut.UploadAssetAsync(release.Release.Id, Asset(second));

        // Then
        var stored = Server.State.Repo(Owner, Repo).Releases.Get(release.Release.Id)!.Assets;
        Assert.Multiple(() =>
        {
            Assert.That(stored.Select(a => a.Name), Is.EqualTo(new[] { "site-1.0.0.tar.gz" }));
            Assert.That(stored.Single().Content.ToArray(), Is.EqualTo(second));
            Assert.That(uploadedFirst.Replaced, Is.False);
            Assert.That(uploadedSecond.Replaced, Is.True);
            Assert.That(uploadedSecond.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(second))));
            Assert.That(uploadedSecond.Size, Is.EqualTo(second.Length));
            Assert.That(uploadedSecond.DownloadUrl.AbsoluteUri, Does.EndWith("/releases/download/v1.0.0/site-1.0.0.tar.gz"));
        });
    }

    [Test]
    public async Task UploadAssetAsync_UploadFails502Once_RetriesWithFreshContent()
    {
        // Given
        var sut = CreateSut();
        var release = await sut.UpsertAsync(new ReleaseRequest { Tag = "v1.0.0" });
        var bytes = Encoding.UTF8.GetBytes("archive");
        Server.Faults.Add(new Fault { Method = "POST", PathPattern = "/repos/*/*/releases/*/assets", Status = 502 });

        // When
        var uploaded = await sut.UploadAssetAsync(release.Release.Id, Asset(bytes));

        // Then
        var stored = Server.State.Repo(Owner, Repo).Releases.Get(release.Release.Id)!.Assets;
        Assert.Multiple(() =>
        {
            Assert.That(stored.Single().Content.ToArray(), Is.EqualTo(bytes));
            Assert.That(uploaded.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));
            Assert.That(Log.Notices, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task UploadAssetAsync_FromFile_NamesTheAssetAfterTheFileAndGuessesItsType()
    {
        // Given
        var sut = CreateSut();
        var release = await sut.UpsertAsync(new ReleaseRequest { Tag = "v1.0.0" });
        var path = Path.Combine(Path.GetTempPath(), $"liftoff-{Guid.NewGuid():N}.zip");
        await File.WriteAllBytesAsync(path, [1, 2, 3]);

        try
        {
            // When
            var uploaded = await sut.UploadAssetAsync(release.Release.Id, ReleaseAssetRequest.FromFile(path));

            // Then
            var stored = Server.State.Repo(Owner, Repo).Releases.Get(release.Release.Id)!.Assets.Single();
            Assert.Multiple(() =>
            {
                Assert.That(uploaded.Name, Is.EqualTo(Path.GetFileName(path)));
                Assert.That(stored.ContentType, Is.EqualTo("application/zip"));
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static ReleaseAssetRequest Asset(byte[] bytes) =>
        new("site-1.0.0.tar.gz", "application/gzip", () => new MemoryStream(bytes));
}

using System.Security.Cryptography;
using System.Text;
using Liftoff.Diagnostics;
using Liftoff.GitHub;
using Liftoff.TestSupport.GitHub.Faults;

namespace Liftoff.Core.Tests.GitHub;

public sealed class GitHubReleasePublisherTests : GitHubReleasesFixture
{
    private static readonly byte[] Archive = Encoding.UTF8.GetBytes("site archive");
    private static readonly byte[] Manifest = Encoding.UTF8.GetBytes("{\"version\":\"1.0.0\"}");

    [Test]
    public async Task PublishAsync_NewReleaseWithAssets_PublishesOnceWithChecksumsInTheNotes()
    {
        // When
        var outcome = await new GitHubReleasePublisher(CreateSut()).PublishAsync(Plan("## 1.0.0\n\n- feat: login"));

        // Then
        var stored = StoredReleases().Single();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Change, Is.EqualTo(ReleaseChange.Created));
            Assert.That(outcome.Release?.Draft, Is.False);
            Assert.That(stored.Draft, Is.False);
            Assert.That(stored.Assets.Select(a => a.Name), Is.EquivalentTo(new[] { "site-1.0.0.tar.gz", "manifest.json" }));
            Assert.That(stored.Body, Does.StartWith("## 1.0.0\n\n- feat: login\n\n### Checksums (sha256)"));
            Assert.That(stored.Body, Does.Contain($"| `site-1.0.0.tar.gz` | `{Sha256(Archive)}` |"));
            Assert.That(stored.Body, Does.Contain($"| `manifest.json` | `{Sha256(Manifest)}` |"));
        });
    }

    [Test]
    public async Task PublishAsync_RunTwice_OneReleaseAndOneOfEachAsset()
    {
        var publisher = new GitHubReleasePublisher(CreateSut());
        await publisher.PublishAsync(Plan("first"));

        var second = await publisher.PublishAsync(Plan("second"));

        var stored = StoredReleases().Single();
        Assert.Multiple(() =>
        {
            Assert.That(second.Change, Is.EqualTo(ReleaseChange.Updated));
            Assert.That(stored.Assets, Has.Count.EqualTo(2));
            Assert.That(stored.Body, Does.StartWith("second"));
        });
    }

    [Test]
    public async Task PublishAsync_DryRun_OnlyReadsAndReportsWhatItWouldDo()
    {
        var outcome = await new GitHubReleasePublisher(CreateSut()).PublishAsync(Plan("notes"), dryRun: true);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.DryRun, Is.True);
            Assert.That(outcome.Change, Is.EqualTo(ReleaseChange.Created));
            Assert.That(outcome.Checksums.Select(c => c.Sha256), Is.EqualTo(new[] { Sha256(Archive), Sha256(Manifest) }));
            Assert.That(StoredReleases(), Is.Empty);
            Assert.That(Server.Requests.All.Where(r => r.Method != "GET"), Is.Empty);
        });
    }

    [Test]
    public async Task PublishAsync_AssetUploadFailsThenReRun_DraftIsCompletedAndPublishedNotDuplicated()
    {
        // Given: every upload fails, so the first run stops after creating the release.
        var failing = Server.Faults.Add(new Fault
        {
            Method = "POST", PathPattern = "/repos/*/*/releases/*/assets", Status = 500, Times = Fault.Always,
        });
        var options = new GitHubResilienceOptions { BaseDelay = TimeSpan.FromMilliseconds(1), MaxRetryAttempts = 1 };
        var publisher = new GitHubReleasePublisher(CreateSut(options: options));
        var error = Assert.ThrowsAsync<LiftoffException>(() => publisher.PublishAsync(Plan("notes")));
        var afterFailure = StoredReleases().Single();
        Server.Faults.Clear();

        // When
        var outcome = await publisher.PublishAsync(Plan("notes"));

        // Then
        var stored = StoredReleases().Single();
        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.GitHubUnavailable));
            Assert.That(failing.FiredCount, Is.EqualTo(2));
            Assert.That(afterFailure.Draft, Is.True, "a half-finished release stays a draft");
            Assert.That(outcome.Change, Is.EqualTo(ReleaseChange.Updated));
            Assert.That(stored.Id, Is.EqualTo(afterFailure.Id));
            Assert.That(stored.Draft, Is.False);
            Assert.That(stored.Assets, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void WithChecksums_TwoAssets_AppendsAMarkdownTable()
    {
        var notes = GitHubReleasePublisher.WithChecksums(
            "## 1.0.0\n\n- fix: a bug\n", [new AssetChecksum("a.zip", "aa"), new AssetChecksum("b.tar.gz", "bb")]);

        Assert.That(notes, Is.EqualTo(
            "## 1.0.0\n\n- fix: a bug\n\n### Checksums (sha256)\n\n| File | sha256 |\n| --- | --- |\n| `a.zip` | `aa` |\n| `b.tar.gz` | `bb` |\n"));
    }

    [Test]
    public void WithChecksums_NoAssets_LeavesTheNotesAlone() =>
        Assert.That(GitHubReleasePublisher.WithChecksums("notes\n", []), Is.EqualTo("notes\n"));

    private static GitHubReleasePlan Plan(string body) => new(
        new ReleaseRequest { Tag = "v1.0.0", Body = body },
        [
            new ReleaseAssetRequest("site-1.0.0.tar.gz", "application/gzip", () => new MemoryStream(Archive)),
            new ReleaseAssetRequest("manifest.json", "application/json", () => new MemoryStream(Manifest)),
        ]);

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

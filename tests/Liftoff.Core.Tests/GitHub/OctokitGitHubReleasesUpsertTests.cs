using Liftoff.GitHub;
using Liftoff.TestSupport.GitHub.Faults;
using Liftoff.TestSupport.GitHub.State;

namespace Liftoff.Core.Tests.GitHub;

public sealed class OctokitGitHubReleasesUpsertTests : GitHubReleasesFixture
{
    [Test]
    public async Task UpsertAsync_NoRelease_CreatesIt()
    {
        var sut = CreateSut();

        var result = await sut.UpsertAsync(new ReleaseRequest { Tag = "v1.0.0", Name = "1.0.0", Body = "notes", Prerelease = true });

        var stored = StoredReleases().Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Change, Is.EqualTo(ReleaseChange.Created));
            Assert.That(result.Release.Id, Is.EqualTo(stored.Id));
            Assert.That(result.Release.HtmlUrl.AbsoluteUri, Does.EndWith("/acme/site/releases/tag/v1.0.0"));
            Assert.That(stored.Name, Is.EqualTo("1.0.0"));
            Assert.That(stored.Body, Is.EqualTo("notes"));
            Assert.That(stored.Prerelease, Is.True);
            Assert.That(stored.Draft, Is.False);
        });
    }

    [Test]
    public async Task UpsertAsync_RunTwice_UpdatesTheOneReleaseInsteadOfDuplicating()
    {
        // Given
        var sut = CreateSut();
        var first = await sut.UpsertAsync(new ReleaseRequest { Tag = "v1.0.0", Body = "first" });

        // When
        var second = await sut.UpsertAsync(new ReleaseRequest { Tag = "v1.0.0", Body = "second" });

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(second.Change, Is.EqualTo(ReleaseChange.Updated));
            Assert.That(second.Release.Id, Is.EqualTo(first.Release.Id));
            Assert.That(StoredReleases(), Has.Count.EqualTo(1));
            Assert.That(StoredReleases().Single().Body, Is.EqualTo("second"));
            Assert.That(Server.Requests.Count("POST", "/repos/*/*/releases"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task UpsertAsync_DraftWithTheTag_FindsAndUpdatesTheDraft()
    {
        // Given: drafts are invisible to get-by-tag, so only the list scan can find this one.
        var draft = Server.State.Repo(Owner, Repo).Releases.Add(new ReleaseInput("v2.0.0", Body: "old", Draft: true));
        var sut = CreateSut();

        // When
        var result = await sut.UpsertAsync(new ReleaseRequest { Tag = "v2.0.0", Body = "new", Draft = true });

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(result.Change, Is.EqualTo(ReleaseChange.Updated));
            Assert.That(result.Release.Id, Is.EqualTo(draft.Id));
            Assert.That(result.Release.Draft, Is.True);
            Assert.That(StoredReleases().Single().Body, Is.EqualTo("new"));
        });
    }

    [Test]
    public async Task UpsertAsync_DraftAndPublishRequested_PublishesTheDraft()
    {
        var draft = Server.State.Repo(Owner, Repo).Releases.Add(new ReleaseInput("v2.0.0", Draft: true));

        var result = await CreateSut().UpsertAsync(new ReleaseRequest { Tag = "v2.0.0", Body = "final" });

        Assert.Multiple(() =>
        {
            Assert.That(result.Release.Id, Is.EqualTo(draft.Id));
            Assert.That(StoredReleases().Single().Draft, Is.False);
            Assert.That(StoredReleases().Single().PublishedAt, Is.Not.Null);
        });
    }

    [Test]
    public async Task UpsertAsync_PublishedReleaseAndDraftRequested_StaysPublished()
    {
        Server.State.Repo(Owner, Repo).Releases.Add(new ReleaseInput("v1.0.0"));

        var result = await CreateSut().UpsertAsync(new ReleaseRequest { Tag = "v1.0.0", Draft = true });

        Assert.Multiple(() =>
        {
            Assert.That(result.Release.Draft, Is.False);
            Assert.That(StoredReleases().Single().Draft, Is.False);
        });
    }

    [Test]
    public async Task UpsertAsync_CreateRacedByAnotherRun_UpdatesTheReleaseThatWon()
    {
        // Given: the lookup misses (as if another run had not yet published), then the create meets 422 already_exists.
        var winner = Server.State.Repo(Owner, Repo).Releases.Add(new ReleaseInput("v1.0.0", Body: "from the other run"));
        Server.Faults.Add(new Fault { Method = "GET", PathPattern = "/repos/*/*/releases/tags/**", Status = 404 });
        var sut = CreateSut();

        // When
        var result = await sut.UpsertAsync(new ReleaseRequest { Tag = "v1.0.0", Body = "mine" });

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(result.Change, Is.EqualTo(ReleaseChange.Updated));
            Assert.That(result.Release.Id, Is.EqualTo(winner.Id));
            Assert.That(StoredReleases().Single().Body, Is.EqualTo("mine"));
            Assert.That(Server.Requests.Count("POST", "/repos/*/*/releases"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task FindByTagAsync_PublishedDraftOrNone_FindsPublishedAndDraftsOnly()
    {
        var releases = Server.State.Repo(Owner, Repo).Releases;
        releases.Add(new ReleaseInput("v1.0.0"));
        releases.Add(new ReleaseInput("v1.1.0", Draft: true));
        var sut = CreateSut();

        var published = await sut.FindByTagAsync("v1.0.0");
        var draft = await sut.FindByTagAsync("v1.1.0");
        var none = await sut.FindByTagAsync("v9.9.9");

        Assert.Multiple(() =>
        {
            Assert.That(published?.Tag, Is.EqualTo("v1.0.0"));
            Assert.That(draft?.Draft, Is.True);
            Assert.That(none, Is.Null);
        });
    }
}

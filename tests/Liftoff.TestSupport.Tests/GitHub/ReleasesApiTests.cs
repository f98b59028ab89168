using Liftoff.TestSupport.GitHub;
using Liftoff.TestSupport.GitHub.State;
using Octokit;

namespace Liftoff.TestSupport.Tests.GitHub;

public sealed class ReleasesApiTests : GitHubServerFixture
{
    [Test]
    public async Task Create_NewTag_IsReadableByTagByIdAndInTheList()
    {
        // When
        var created = await Client.Repository.Release.Create(
            Owner, Repo, new NewRelease("v1.0.0") { Name = "1.0.0", Body = "First.", TargetCommitish = "main" });

        // Then
        var byTag = await Client.Repository.Release.Get(Owner, Repo, "v1.0.0");
        var byId = await Client.Repository.Release.Get(Owner, Repo, created.Id);
        var all = await Client.Repository.Release.GetAll(Owner, Repo);
        Assert.Multiple(() =>
        {
            Assert.That(byTag.Id, Is.EqualTo(created.Id));
            Assert.That(byTag.Name, Is.EqualTo("1.0.0"));
            Assert.That(byTag.Body, Is.EqualTo("First."));
            Assert.That(byTag.Author.Login, Is.EqualTo("liftoff-bot"));
            Assert.That(byTag.PublishedAt, Is.Not.Null);
            Assert.That(byId.TagName, Is.EqualTo("v1.0.0"));
            Assert.That(all.Select(r => r.TagName), Is.EqualTo(new[] { "v1.0.0" }));
            Assert.That(created.UploadUrl, Does.StartWith(Server.BaseUri + "api/uploads/repos/acme/site/releases/"));
            Assert.That(Server.Requests.Count("POST", "/repos/*/*/releases"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Create_TagThatAlreadyHasARelease_ThrowsApiValidationException()
    {
        // Given
        Server.State.Repo(Owner, Repo).Releases.Add(new ReleaseInput("v1.0.0"));

        // When
        var error = Assert.ThrowsAsync<ApiValidationException>(
            () => Client.Repository.Release.Create(Owner, Repo, new NewRelease("v1.0.0")));

        // Then
        Assert.That(error.ApiError.Errors, Has.Exactly(1).Matches<ApiErrorDetail>(
            e => e.Resource == "Release" && e.Code == "already_exists" && e.Field == "tag_name"));
    }

    [Test]
    public void Get_MissingTag_ThrowsNotFoundException()
    {
        Assert.ThrowsAsync<NotFoundException>(() => Client.Repository.Release.Get(Owner, Repo, "v9.9.9"));
    }

    [Test]
    public async Task Edit_DraftToPublished_ChangesFieldsAndStampsPublishedAt()
    {
        // Given
        var draft = await Client.Repository.Release.Create(Owner, Repo, new NewRelease("v2.0.0") { Draft = true });

        // When
        var edited = await Client.Repository.Release.Edit(
            Owner, Repo, draft.Id, new ReleaseUpdate { Draft = false, Name = "Two", Body = "Notes" });

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(draft.PublishedAt, Is.Null);
            Assert.That(edited.Draft, Is.False);
            Assert.That(edited.Name, Is.EqualTo("Two"));
            Assert.That(edited.Body, Is.EqualTo("Notes"));
            Assert.That(edited.PublishedAt, Is.Not.Null);
        });
    }

    [Test]
    public async Task Get_DraftByTag_ThrowsNotFoundExceptionAsGitHubDoes()
    {
        await Client.Repository.Release.Create(Owner, Repo, new NewRelease("v3.0.0") { Draft = true });

        Assert.ThrowsAsync<NotFoundException>(() => Client.Repository.Release.Get(Owner, Repo, "v3.0.0"));
    }

    [Test]
    public async Task GetLatest_WithPrereleaseAndDraft_ReturnsNewestFullRelease()
    {
        // Given
        var releases = Server.State.Repo(Owner, Repo).Releases;
        releases.Add(new ReleaseInput("v1.0.0"));
        releases.Add(new ReleaseInput("v1.1.0"));
        releases.Add(new ReleaseInput("v2.0.0-rc.1", Prerelease: true));
        releases.Add(new ReleaseInput("v2.0.0", Draft: true));

        // When
        var latest = await Client.Repository.Release.GetLatest(Owner, Repo);

        // Then
        Assert.That(latest.TagName, Is.EqualTo("v1.1.0"));
    }

    [Test]
    public async Task GetAll_MoreThanOnePage_FollowsLinkHeadersNewestFirst()
    {
        // Given
        var releases = Server.State.Repo(Owner, Repo).Releases;
        for (var i = 0; i < 35; i++)
        {
            releases.Add(new ReleaseInput($"v1.{i}.0"));
        }

        // When
        var all = await Client.Repository.Release.GetAll(Owner, Repo);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(all, Has.Count.EqualTo(35));
            Assert.That(all[0].TagName, Is.EqualTo("v1.34.0"));
            Assert.That(Server.Requests.Count("GET", "/repos/acme/site/releases"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Get_TagWithSlash_FindsTheRelease()
    {
        Server.State.Repo(Owner, Repo).Releases.Add(new ReleaseInput("release/1.0"));

        var release = await Client.Repository.Release.Get(Owner, Repo, "release/1.0");

        Assert.That(release.TagName, Is.EqualTo("release/1.0"));
    }

    [Test]
    public async Task Delete_ExistingRelease_RemovesIt()
    {
        var created = await Client.Repository.Release.Create(Owner, Repo, new NewRelease("v1.0.0"));

        await Client.Repository.Release.Delete(Owner, Repo, created.Id);

        Assert.That(Server.State.Repo(Owner, Repo).Releases.All(), Is.Empty);
    }
}

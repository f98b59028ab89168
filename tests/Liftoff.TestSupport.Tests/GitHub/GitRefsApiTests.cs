using Liftoff.TestSupport.GitHub;
using Liftoff.TestSupport.GitHub.State;
using Octokit;

namespace Liftoff.TestSupport.Tests.GitHub;

public sealed class GitRefsApiTests : GitHubServerFixture
{
    private static readonly string First = GitSha.Of("first");
    private static readonly string Second = GitSha.Of("second");

    [Test]
    public async Task Create_NewRef_IsReadableByName()
    {
        // When
        var created = await Client.Git.Reference.Create(Owner, Repo, new NewReference("refs/tags/v1.0.0", First));

        // Then
        var read = await Client.Git.Reference.Get(Owner, Repo, "tags/v1.0.0");
        Assert.Multiple(() =>
        {
            Assert.That(created.Ref, Is.EqualTo("refs/tags/v1.0.0"));
            Assert.That(read.Object.Sha, Is.EqualTo(First));
            Assert.That(read.Object.Type.StringValue, Is.EqualTo("commit"));
            Assert.That(read.Url, Is.EqualTo(Server.ApiUri + "repos/acme/site/git/refs/tags/v1.0.0"));
        });
    }

    [Test]
    public async Task Create_ExistingRef_ThrowsApiValidationException()
    {
        // Given
        Server.State.Repo(Owner, Repo).Refs.Set("refs/liftoff/locks/production", First);

        // When
        var error = Assert.ThrowsAsync<ApiValidationException>(() =>
            Client.Git.Reference.Create(Owner, Repo, new NewReference("refs/liftoff/locks/production", Second)));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("Reference already exists"));
            Assert.That(Server.State.Repo(Owner, Repo).Refs.Get("refs/liftoff/locks/production")!.Sha, Is.EqualTo(First));
        });
    }

    [Test]
    public async Task Update_ExistingRef_MovesIt()
    {
        // Given
        Server.State.Repo(Owner, Repo).Refs.Set("refs/heads/main", First);

        // When
        var updated = await Client.Git.Reference.Update(Owner, Repo, "heads/main", new ReferenceUpdate(Second, force: true));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(updated.Object.Sha, Is.EqualTo(Second));
            Assert.That(Server.State.Repo(Owner, Repo).Refs.Get("refs/heads/main")!.Sha, Is.EqualTo(Second));
        });
    }

    [Test]
    public void Update_MissingRef_ThrowsApiValidationException()
    {
        Assert.ThrowsAsync<ApiValidationException>(() =>
            Client.Git.Reference.Update(Owner, Repo, "heads/nope", new ReferenceUpdate(Second)));
    }

    [Test]
    public async Task GetAll_AndForSubNamespace_ListMatchingRefsSorted()
    {
        // Given
        var refs = Server.State.Repo(Owner, Repo).Refs;
        refs.Set("refs/tags/v1.1.0", Second);
        refs.Set("refs/heads/main", First);
        refs.Set("refs/tags/v1.0.0", First);

        // When
        var all = await Client.Git.Reference.GetAll(Owner, Repo);
        var tags = await Client.Git.Reference.GetAllForSubNamespace(Owner, Repo, "tags");

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(all.Select(r => r.Ref), Is.EqualTo(new[] { "refs/heads/main", "refs/tags/v1.0.0", "refs/tags/v1.1.0" }));
            Assert.That(tags.Select(r => r.Ref), Is.EqualTo(new[] { "refs/tags/v1.0.0", "refs/tags/v1.1.0" }));
        });
    }

    [Test]
    public async Task Delete_ExistingRef_RemovesIt()
    {
        Server.State.Repo(Owner, Repo).Refs.Set("refs/liftoff/locks/staging", First);

        await Client.Git.Reference.Delete(Owner, Repo, "liftoff/locks/staging");

        Assert.ThrowsAsync<NotFoundException>(() => Client.Git.Reference.Get(Owner, Repo, "liftoff/locks/staging"));
    }

    [Test]
    public void Create_ShaThatIsNotAnObjectId_ThrowsApiValidationException()
    {
        Assert.ThrowsAsync<ApiValidationException>(() =>
            Client.Git.Reference.Create(Owner, Repo, new NewReference("refs/heads/topic", "v1.0.0")));
    }
}

using Liftoff.TestSupport.GitHub;
using Liftoff.TestSupport.GitHub.State;
using Octokit;

namespace Liftoff.TestSupport.Tests.GitHub;

public sealed class GitRefsApiTests
{
    private const string Owner = "acme";
    private const string Repo = "site";
    private static readonly string First = GitSha.Of("first");
    private static readonly string Second = GitSha.Of("second");
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
    public async Task Create_NewRef_IsReadableByName()
    {
        // When
        var created = await _client.Git.Reference.Create(Owner, Repo, new NewReference("refs/tags/v1.0.0", First));

        // Then
        var read = await _client.Git.Reference.Get(Owner, Repo, "tags/v1.0.0");
        Assert.Multiple(() =>
        {
            Assert.That(created.Ref, Is.EqualTo("refs/tags/v1.0.0"));
            Assert.That(read.Object.Sha, Is.EqualTo(First));
            Assert.That(read.Object.Type.StringValue, Is.EqualTo("commit"));
            Assert.That(read.Url, Is.EqualTo(_server.ApiUri + "repos/acme/site/git/refs/tags/v1.0.0"));
        });
    }

    [Test]
    public async Task Create_ExistingRef_ThrowsApiValidationException()
    {
        // Given
        _server.State.Repo(Owner, Repo).Refs.Set("refs/liftoff/locks/production", First);

        // When
        var error = Assert.ThrowsAsync<ApiValidationException>(() =>
            _client.Git.Reference.Create(Owner, Repo, new NewReference("refs/liftoff/locks/production", Second)));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("Reference already exists"));
            Assert.That(_server.State.Repo(Owner, Repo).Refs.Get("refs/liftoff/locks/production")!.Sha, Is.EqualTo(First));
        });
    }

    [Test]
    public async Task Update_ExistingRef_MovesIt()
    {
        // Given
        _server.State.Repo(Owner, Repo).Refs.Set("refs/heads/main", First);

        // When
        var updated = await _client.Git.Reference.Update(Owner, Repo, "heads/main", new ReferenceUpdate(Second, force: true));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(updated.Object.Sha, Is.EqualTo(Second));
            Assert.That(_server.State.Repo(Owner, Repo).Refs.Get("refs/heads/main")!.Sha, Is.EqualTo(Second));
        });
    }

    [Test]
    public void Update_MissingRef_ThrowsApiValidationException()
    {
        Assert.ThrowsAsync<ApiValidationException>(() =>
            _client.Git.Reference.Update(Owner, Repo, "heads/nope", new ReferenceUpdate(Second)));
    }

    [Test]
    public async Task GetAll_AndForSubNamespace_ListMatchingRefsSorted()
    {
        // Given
        var refs = _server.State.Repo(Owner, Repo).Refs;
        refs.Set("refs/tags/v1.1.0", Second);
        refs.Set("refs/heads/main", First);
        refs.Set("refs/tags/v1.0.0", First);

        // When
        var all = await _client.Git.Reference.GetAll(Owner, Repo);
        var tags = await _client.Git.Reference.GetAllForSubNamespace(Owner, Repo, "tags");

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
        _server.State.Repo(Owner, Repo).Refs.Set("refs/liftoff/locks/staging", First);

        await _client.Git.Reference.Delete(Owner, Repo, "liftoff/locks/staging");

        Assert.ThrowsAsync<NotFoundException>(() => _client.Git.Reference.Get(Owner, Repo, "liftoff/locks/staging"));
    }

    [Test]
    public void Create_ShaThatIsNotAnObjectId_ThrowsApiValidationException()
    {
        Assert.ThrowsAsync<ApiValidationException>(() =>
            _client.Git.Reference.Create(Owner, Repo, new NewReference("refs/heads/topic", "v1.0.0")));
    }
}

using Liftoff.TestSupport.GitHub;
using Liftoff.TestSupport.GitHub.State;
using Octokit;

namespace Liftoff.TestSupport.Tests.GitHub;

public sealed class GitTagsApiTests : GitHubServerFixture
{
    private static readonly string Commit = GitSha.Of("release-commit");

    [Test]
    public async Task Create_AnnotatedTag_IsReadableBySha()
    {
        // Given
        var tagger = new Committer("Release Bot", "bot@example.com", new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));

        // When
        var created = await Client.Git.Tag.Create(Owner, Repo, new NewTag
        {
            Tag = "v1.0.0", Message = "Release 1.0.0", Object = Commit, Type = TaggedType.Commit, Tagger = tagger,
        });

        // Then
        var read = await Client.Git.Tag.Get(Owner, Repo, created.Sha);
        Assert.Multiple(() =>
        {
            Assert.That(created.Sha, Has.Length.EqualTo(40));
            Assert.That(read.Tag, Is.EqualTo("v1.0.0"));
            Assert.That(read.Message, Is.EqualTo("Release 1.0.0"));
            Assert.That(read.Object.Sha, Is.EqualTo(Commit));
            Assert.That(read.Tagger.Name, Is.EqualTo("Release Bot"));
            Assert.That(read.Tagger.Date, Is.EqualTo(tagger.Date));
        });
    }

    [Test]
    public async Task Create_SameTagTwice_GivesTheSameSha()
    {
        var tagger = new Committer("Bot", "bot@example.com", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var newTag = new NewTag { Tag = "v1.0.0", Message = "m", Object = Commit, Type = TaggedType.Commit, Tagger = tagger };

        var first = await Client.Git.Tag.Create(Owner, Repo, newTag);
        var second = await Client.Git.Tag.Create(Owner, Repo, newTag);

        Assert.That(second.Sha, Is.EqualTo(first.Sha));
    }

    [Test]
    public async Task RefToTagObject_ReportsObjectTypeTag()
    {
        // Given
        var tag = Server.State.Repo(Owner, Repo).Tags.Create("v1.0.0", "Release", Commit);

        // When
        await Client.Git.Reference.Create(Owner, Repo, new NewReference("refs/tags/v1.0.0", tag.Sha));
        var read = await Client.Git.Reference.Get(Owner, Repo, "tags/v1.0.0");

        // Then
        Assert.That(read.Object.Type.StringValue, Is.EqualTo("tag"));
    }

    [Test]
    public void Get_UnknownSha_ThrowsNotFoundException()
    {
        Assert.ThrowsAsync<NotFoundException>(() => Client.Git.Tag.Get(Owner, Repo, GitSha.Of("nothing")));
    }
}

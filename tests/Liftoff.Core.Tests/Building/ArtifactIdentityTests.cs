using Liftoff.Building;
using Liftoff.Diagnostics;
using Liftoff.Git;
using Liftoff.TestSupport;
using Liftoff.TestSupport.Git;

namespace Liftoff.Core.Tests.Building;

public sealed class ArtifactIdentityTests
{
    [Test]
    public async Task ResolveAsync_TagAtHead_UsesTheTagsVersionAndTheFolderName()
    {
        using var sandbox = GitSandbox.Create();
        sandbox.History().Commit("feat: first").Tag("v1.2.0").Commit("fix: x").Tag("v1.2.1");

        var identity = await Resolve(sandbox);

        Assert.That(identity, Is.EqualTo(new ArtifactIdentity(ArtifactIdentity.NameFromFolder(sandbox.Path), "1.2.1", sandbox.Head)));
    }

    [Test]
    public async Task ResolveAsync_CommitsAfterTheTag_AddsTheShortSha()
    {
        using var sandbox = GitSandbox.Create();
        sandbox.History().Commit("feat: first").Tag("v1.2.0").Commit("fix: x");

        var identity = await Resolve(sandbox);

        Assert.That(identity.Version, Is.EqualTo("1.2.0+" + sandbox.Head[..7]));
    }

    [Test]
    public async Task ResolveAsync_NoTags_IsADevVersion()
    {
        using var sandbox = GitSandbox.Create();
        sandbox.History().Commit("feat: first");

        var identity = await Resolve(sandbox);

        Assert.That(identity.Version, Is.EqualTo("0.0.0-dev+" + sandbox.Head[..7]));
    }

    [Test]
    public async Task ResolveAsync_ReleaseVersionThenArgument_WinInThatOrder()
    {
        using var sandbox = GitSandbox.Create();
        sandbox.History().Commit("feat: first").Tag("v1.0.0");

        var release = await Resolve(sandbox, name: "site", releaseVersion: "1.1.0", argument: "9.9.9");
        var argument = await Resolve(sandbox, argument: "2.0.0-rc.1");

        Assert.That((release.Name, release.Version), Is.EqualTo(("site", "1.1.0")));
        Assert.That(argument.Version, Is.EqualTo("2.0.0-rc.1"));
    }

    [Test]
    public void ResolveAsync_NotARepository_ThrowsNoCommit()
    {
        using var folder = TempDirectory.Create("no-git");

        var error = Assert.ThrowsAsync<LiftoffException>(() => ArtifactIdentity.ResolveAsync(
            new GitCliFactory().Create(folder.Path), folder.Path, "", null, null, "v"));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.BuildNoCommit));
    }

    [TestCase("/tmp/my site", "my-site")]
    [TestCase("/tmp/.hidden", "hidden")]
    [TestCase("/tmp/Web.App_2", "Web.App_2")]
    public void NameFromFolder_UnsafeCharacters_AreReplaced(string folder, string expected)
    {
        Assert.That(ArtifactIdentity.NameFromFolder(folder), Is.EqualTo(expected));
    }

    private static Task<ArtifactIdentity> Resolve(GitSandbox sandbox, string name = "", string? releaseVersion = null, string? argument = null) =>
        ArtifactIdentity.ResolveAsync(new GitCliFactory(sandbox.Environment).Create(sandbox.Path), sandbox.Path, name, releaseVersion, argument, "v");
}

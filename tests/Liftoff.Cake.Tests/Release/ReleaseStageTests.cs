namespace Liftoff.Cake.Tests.Release;

/// <summary>The release stages run one at a time, as a user may run them.</summary>
public sealed class ReleaseStageTests : ReleaseFixture
{
    [Test]
    public async Task BumpVersion_ProjectFileAndPackageJson_GetTheNextVersion()
    {
        Sandbox.WriteFile("src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <Version>1.0.0</Version>\n  </PropertyGroup>\n</Project>\n");
        Sandbox.WriteFile("package.json", "{\n  \"name\": \"site\",\n  \"version\": \"1.0.0\"\n}\n");

        var result = await RunReleaseAsync("--target=Bump-Version");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(Sandbox.ReadFile("src/App/App.csproj"), Does.Contain("<Version>1.1.0</Version>"));
        Assert.That(Sandbox.ReadFile("package.json"), Is.EqualTo("{\n  \"name\": \"site\",\n  \"version\": \"1.1.0\"\n}\n"));
    }

    [Test]
    public async Task BumpVersion_DryRun_ListsTheBumpAndWritesNothing()
    {
        Sandbox.WriteFile("package.json", "{ \"version\": \"1.0.0\" }\n");

        var result = await RunReleaseAsync("--target=Bump-Version", "--dryrun");

        Assert.That(result.Output, Does.Contain("would bump package.json"));
        Assert.That(Sandbox.ReadFile("package.json"), Is.EqualTo("{ \"version\": \"1.0.0\" }\n"));
    }

    [Test]
    public async Task GitHubRelease_OnAPrereleaseBranch_PublishesAPrerelease()
    {
        Sandbox.Checkout("beta", create: true);

        var result = await RunReleaseAsync("--target=GitHub-Release", "--release.prereleaseBranches:0=beta");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var release = GitHub.State.Repo("acme", "site").Releases.All().Single();
        Assert.That(release.TagName, Is.EqualTo("v1.1.0-beta.1"));
        Assert.That(release.Prerelease, Is.True);
        Assert.That(Sandbox.OriginGit("rev-parse", "refs/heads/beta"), Is.EqualTo(Sandbox.Head), "the pre-release branch was pushed");
    }
}

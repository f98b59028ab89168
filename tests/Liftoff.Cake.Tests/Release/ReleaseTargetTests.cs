using Liftoff.TestSupport.GitHub.Faults;

namespace Liftoff.Cake.Tests.Release;

public sealed class ReleaseTargetTests : ReleaseFixture
{
    [Test]
    public async Task Release_ReleasableCommits_TagsPushesWritesChangelogAndPublishesOneRelease()
    {
        var result = await RunReleaseAsync("--target=Release");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(Sandbox.OriginGit("rev-parse", "refs/tags/v1.1.0^{commit}"), Is.EqualTo(Sandbox.OriginGit("rev-parse", "refs/heads/main")));
        Assert.That(Sandbox.OriginGit("log", "-1", "--format=%s", "main"), Is.EqualTo("chore(release): 1.1.0"));
        var changelog = Sandbox.OriginGit("show", "main:CHANGELOG.md");
        Assert.That(changelog, Does.Contain("## [1.1.0]").And.Contain("**ui:** dark mode").And.Contain("auth redirect"));
        Assert.That(Releases, Has.Count.EqualTo(1));
        Assert.That(Releases[0].Tag, Is.EqualTo("v1.1.0"));
        Assert.That(Releases[0].Body, Does.Contain("dark mode").And.Not.Contain("## [1.1.0]"));
    }

    [Test]
    public async Task Release_SecondRun_SaysNoneAndCreatesNothing()
    {
        await RunReleaseAsync("--target=Release");
        var originMain = Sandbox.OriginGit("rev-parse", "refs/heads/main");

        var second = await RunReleaseAsync("--target=Release");

        Assert.That(second.ExitCode, Is.Zero, second.ToString());
        Assert.That(second.LastLine, Is.EqualTo("next-version: none"));
        Assert.That(Sandbox.OriginGit("rev-parse", "refs/heads/main"), Is.EqualTo(originMain));
        Assert.That(Sandbox.OriginGit("tag", "--list"), Is.EqualTo("v1.0.0\nv1.1.0"));
        Assert.That(Releases, Has.Count.EqualTo(1));
        Assert.That(GitHub.Requests.Count("POST", "/repos/*/*/releases"), Is.EqualTo(1));
    }

    [Test]
    public async Task Release_DryRun_PrintsThePlanAndChangesNothingAnywhere()
    {
        var before = Snapshot();

        var result = await RunReleaseAsync("--target=Release", "--dryrun");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(Snapshot(), Is.EqualTo(before));
        Assert.That(result.Output, Does.Contain("## [1.1.0]")
            .And.Contain("CHANGELOG.md: Created (dry run: not written)")
            .And.Contain("would create annotated tag v1.1.0")
            .And.Contain("would push HEAD:refs/heads/main and refs/tags/v1.1.0 to origin atomically")
            .And.Contain("GitHub release v1.1.0: Created (dry run: nothing sent)"));
        Assert.That(GitHub.Requests.All.Where(r => r.Method != "GET"), Is.Empty);
    }

    [Test]
    public async Task Release_FailsAfterTheTagPush_ReRunFinishesWithOneTagAndOneRelease()
    {
        GitHub.Faults.Add(new Fault { Method = "POST", PathPattern = "/repos/*/*/releases", Status = 401 });

        var first = await RunReleaseAsync("--target=Release");
        var second = await RunReleaseAsync("--target=Release");

        Assert.That(first.ExitCode, Is.Not.Zero, "the first run fails at the GitHub release");
        Assert.That(Sandbox.OriginGit("tag", "--list", "v1.1.0"), Is.EqualTo("v1.1.0"), "the tag was pushed before the failure");
        Assert.That(second.ExitCode, Is.Zero, second.ToString());
        Assert.That(second.Output, Does.Contain("HEAD already carries v1.1.0").And.Contain("tag v1.1.0 reused"));
        Assert.That(Sandbox.OriginGit("log", "--format=%s", "main"), Does.Not.Contain("chore(release): 1.1.0\nchore(release): 1.1.0"));
        Assert.That(Releases, Has.Count.EqualTo(1));
        Assert.That(Releases[0].Body, Does.Contain("dark mode"), "the resumed release gets the same notes");
    }

    [Test]
    public async Task Release_NoToken_SkipsTheGitHubReleaseWithANotice()
    {
        Environment.SetEnvironmentVariable(TokenVariable, null);

        var result = await RunReleaseAsync("--target=Release");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("Skipping task 'GitHub-Release': no GITHUB_TOKEN or GH_TOKEN is set"));
        Assert.That(Sandbox.OriginGit("tag", "--list", "v1.1.0"), Is.EqualTo("v1.1.0"));
        Assert.That(Releases, Is.Empty);
    }

    [Test]
    public async Task Release_NoTokenButGitHubRequired_Fails()
    {
        Environment.SetEnvironmentVariable(TokenVariable, null);

        var result = await RunReleaseAsync("--target=Release", "--github.required=true");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Output, Does.Contain("LIFTOFF0402"));
    }

    [Test]
    public async Task Release_ConfiguredAssets_AttachedWithTheirChecksumsInTheNotes()
    {
        Sandbox.WriteFile("dist/site-1.1.0.tar.gz", "pretend archive");

        var result = await RunReleaseAsync("--target=Release", "--release.assets:0=dist/*.tar.gz");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var stored = GitHub.State.Repo("acme", "site").Releases.All().Single();
        Assert.That(stored.Assets.Select(asset => asset.Name), Is.EqualTo(new[] { "site-1.1.0.tar.gz" }));
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("pretend archive"u8));
        Assert.That(stored.Body, Does.Contain(sha256));
    }

    [Test]
    public async Task Release_ConfiguredAssetMissing_FailsNamingThePattern()
    {
        var result = await RunReleaseAsync("--target=Release", "--release.assets:0=dist/*.zip");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Output, Does.Contain("release.assets: 'dist/*.zip' matches no file"));
    }

    [Test]
    public async Task Changelog_OutputArgument_WritesOnlyTheNewSection()
    {
        var result = await RunReleaseAsync("--target=Changelog", "--output=notes.md");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var notes = await File.ReadAllTextAsync(Path.Combine(Sandbox.Path, "notes.md"));
        Assert.That(notes, Does.StartWith("## [1.1.0]"));
        Assert.That(File.Exists(Path.Combine(Sandbox.Path, "CHANGELOG.md")), Is.False);
    }

    [Test]
    public async Task Changelog_OutputArgumentAbsoluteOutsideTheRepository_WritesThere()
    {
        using var elsewhere = Liftoff.TestSupport.TempDirectory.Create("notes");
        var notesPath = elsewhere.Combine("release-notes.md");

        var result = await RunReleaseAsync("--target=Changelog", $"--output={notesPath}");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(await File.ReadAllTextAsync(notesPath), Does.StartWith("## [1.1.0]"));
    }

    [Test]
    public async Task Release_ChangelogWrittenThenInterrupted_ReRunCommitsItWithTheTag()
    {
        // Given a release stopped after writing CHANGELOG.md and before the release commit (the reliability suite's
        // crash trials found that the re-run then tagged HEAD without the changelog)
        var written = await RunReleaseAsync("--target=Changelog");
        Assert.That(written.ExitCode, Is.Zero, written.ToString());

        // When the release runs again
        var result = await RunReleaseAsync("--target=Release");

        // Then the release commit takes the changelog, and nothing is left uncommitted
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("CHANGELOG.md already holds 1.1.0 but is not committed"));
        Assert.That(Sandbox.OriginGit("show", "v1.1.0:CHANGELOG.md"), Does.Contain("## [1.1.0]"));
        Assert.That(Sandbox.Git("status", "--porcelain"), Is.Empty);
    }

    [Test]
    public async Task Release_VersionBumpedThenInterrupted_ReRunCommitsTheBumpedProject()
    {
        // Given a release stopped after bumping the project and before the release commit
        Sandbox.WriteFile("src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <Version>1.0.0</Version>\n  </PropertyGroup>\n</Project>\n");
        Sandbox.Commit("build: app project", "src/App/App.csproj");
        Sandbox.Push();
        var bumped = await RunReleaseAsync("--target=Bump-Version");
        Assert.That(bumped.ExitCode, Is.Zero, bumped.ToString());

        // When the release runs again
        var result = await RunReleaseAsync("--target=Release");

        // Then the release commit takes the bumped project
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("src/App/App.csproj already reads 1.1.0 but is not committed"));
        Assert.That(Sandbox.OriginGit("show", "v1.1.0:src/App/App.csproj"), Does.Contain("<Version>1.1.0</Version>"));
        Assert.That(Sandbox.Git("status", "--porcelain"), Is.Empty);
    }

    [Test]
    public async Task Release_RefusedByTheTagStage_HasWrittenNothingBefore()
    {
        // Given a v1.1.0 tag on another line of history: the tag stage refuses it. The reliability suite found that
        // CHANGELOG.md had been written by then; the preflight now checks first.
        Sandbox.Checkout("side", create: true);
        Sandbox.History().Commit("feat: elsewhere").Tag("v1.1.0");
        Sandbox.Checkout("main");
        var before = Snapshot();

        var result = await RunReleaseAsync("--target=Release");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Output, Does.Contain("Tag v1.1.0 already exists here"));
        Assert.That(Snapshot(), Is.EqualTo(before));
    }

    [Test]
    public async Task Release_GitHubRequiredWithoutToken_ChangesNothing()
    {
        Environment.SetEnvironmentVariable(TokenVariable, null);
        var before = Snapshot();

        var result = await RunReleaseAsync("--target=Release", "--github.required=true");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Output, Does.Contain("LIFTOFF0402"));
        Assert.That(Snapshot(), Is.EqualTo(before), "the tag was pushed before the missing token was noticed");
    }

    [TestCase("0.9.0", "--version=0.9.0 is not above the last release v1.0.0")]
    [TestCase("1.0.0", "--version=1.0.0 is not above the last release v1.0.0")]
    [TestCase("abc", "--version=abc: expected a SemVer 2.0 version")]
    public async Task Release_VersionOverrideNotAboveTheLastRelease_IsRefusedNamingTheArgument(string version, string expected)
    {
        var before = Snapshot();

        var result = await RunReleaseAsync("--target=Release", $"--version={version}");

        Assert.That(result.ExitCode, Is.EqualTo(Liftoff.Diagnostics.ExitCodes.BadInput), result.ToString());
        Assert.That(result.Output, Does.Contain(expected));
        Assert.That(Snapshot(), Is.EqualTo(before));
    }

    [Test]
    public async Task Release_ChangelogPathOutsideTheRepository_IsRefusedBeforeWriting()
    {
        var result = await RunReleaseAsync("--target=Release", "--release.changelog.path=../CHANGELOG.md");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Output, Does.Contain("LIFTOFF1701: release.changelog.path '../CHANGELOG.md' resolves to"));
        Assert.That(File.Exists(Path.Combine(Sandbox.Root, "CHANGELOG.md")), Is.False);
    }

    [Test]
    public async Task Release_FeatureBranch_RefusesToTag()
    {
        Sandbox.Checkout("feature/x", create: true);

        var result = await RunReleaseAsync("--target=Release");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Output, Does.Contain("LIFTOFF0805: feature/x (not a release branch) may not release."));
        Assert.That(Sandbox.OriginGit("tag", "--list", "v1.1.0"), Is.Empty);
    }
}

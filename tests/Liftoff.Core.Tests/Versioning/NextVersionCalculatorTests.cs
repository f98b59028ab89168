using Liftoff.Diagnostics;
using Liftoff.Git;
using Liftoff.TestSupport.Git;
using Liftoff.Versioning;

namespace Liftoff.Core.Tests.Versioning;

public sealed class NextVersionCalculatorTests
{
    [Test]
    public async Task CalculateAsync_NoTags_IsTheFirstVersion()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("chore: initial commit").Commit("feat: login");

        var result = await CalculateAsync(git);

        Assert.That(result.Version?.ToString(), Is.EqualTo("1.0.0"));
        Assert.That(result.TagName, Is.EqualTo("v1.0.0"));
        Assert.That(result.LastRelease, Is.Null);
        Assert.That(result.Reason, Is.EqualTo("minor: 1 feat; first release 1.0.0"));
    }

    [Test]
    public async Task CalculateAsync_NoTagsAndConfiguredFirstVersion_IsThatVersion()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("fix: a");

        var result = await CalculateAsync(git, new VersioningOptions { FirstVersion = "0.1.0" });

        Assert.That(result.Version?.ToString(), Is.EqualTo("0.1.0"));
    }

    [Test]
    public async Task CalculateAsync_NoTagsNothingReleasable_IsNoRelease()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("chore: initial commit").Commit("docs: readme").Commit("wip");

        var result = await CalculateAsync(git);

        Assert.That(result.IsRelease, Is.False);
        Assert.That(result.Reason, Is.EqualTo("no release: 3 commits, none releasable (1 chore, 1 docs, 1 non-conventional)"));
        Assert.That(result.ToString(), Does.StartWith("none ("));
    }

    [Test]
    public async Task CalculateAsync_EmptyRepository_IsNoRelease()
    {
        using var git = GitSandbox.Create();

        var result = await CalculateAsync(git);

        Assert.That(result.IsRelease, Is.False);
        Assert.That(result.Reason, Is.EqualTo("no release: the branch has no commits"));
    }

    [Test]
    public async Task CalculateAsync_FixAfterTag_BumpsPatch()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Tag("v1.2.3").Commit("fix(auth): token expiry").Commit("chore: tidy");

        var result = await CalculateAsync(git);

        Assert.That(result.Version?.ToString(), Is.EqualTo("1.2.4"));
        Assert.That(result.Bump, Is.EqualTo(ReleaseType.Patch));
        Assert.That(result.LastRelease?.Name, Is.EqualTo("v1.2.3"));
        Assert.That(result.Commits.Select(commit => commit.Subject), Is.EqualTo(new[] { "tidy", "token expiry" }));
        Assert.That(result.Reason, Is.EqualTo("patch: 1 fix"));
    }

    [Test]
    public async Task CalculateAsync_FeaturesAndFix_BumpsMinorAndCountsEachKind()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Tag("v1.4.2", "release 1.4.2")
            .Commit("feat(api): paging (#77)").Commit("fix: off by one").Commit("feat: export").Commit("docs: guide");

        var result = await CalculateAsync(git);

        Assert.That(result.ToString(), Is.EqualTo("1.5.0 (minor: 2 feat, 1 fix)"));
        Assert.That(result.Counts, Is.EqualTo(new[]
        {
            new CommitCount("feat", 2, ReleaseType.Minor),
            new CommitCount("fix", 1, ReleaseType.Patch),
            new CommitCount("docs", 1, ReleaseType.None),
        }));
    }

    [TestCase("feat(api)!: drop v1", null)]
    [TestCase("fix: rename keys", "BREAKING CHANGE: the old keys are gone")]
    [TestCase("refactor: rename keys", "BREAKING-CHANGE: the old keys are gone")]
    public async Task CalculateAsync_BreakingChange_BumpsMajor(string message, string? body)
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Tag("v1.4.2").Commit("feat: b").Commit(message, body).Commit("fix: c");

        var result = await CalculateAsync(git);

        Assert.That(result.Version?.ToString(), Is.EqualTo("2.0.0"));
        Assert.That(result.Reason, Does.StartWith("major: 1 breaking, 1 feat"));
    }

    [Test]
    public async Task CalculateAsync_BreakingBeforeOneWithOptIn_BumpsMinor()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Tag("v0.3.1").Commit("feat!: new config");

        var result = await CalculateAsync(git, new VersioningOptions { BumpMinorPreMajor = true });

        Assert.That(result.Version?.ToString(), Is.EqualTo("0.4.0"));
        Assert.That(result.Bump, Is.EqualTo(ReleaseType.Minor));
        Assert.That(result.Reason, Is.EqualTo("minor: 1 breaking; a breaking change before 1.0.0 bumps the minor (BumpMinorPreMajor)"));
    }

    [Test]
    public async Task CalculateAsync_BreakingBeforeOneWithoutOptIn_BumpsMajor()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Tag("v0.3.1").Commit("feat!: new config");

        var result = await CalculateAsync(git);

        Assert.That(result.Version?.ToString(), Is.EqualTo("1.0.0"));
    }

    [Test]
    public async Task CalculateAsync_NothingSinceTheTag_IsNoRelease()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Tag("v1.2.3");

        var result = await CalculateAsync(git);

        Assert.That(result.IsRelease, Is.False);
        Assert.That(result.Reason, Is.EqualTo("no release: no commits since v1.2.3"));
    }

    [Test]
    public async Task CalculateAsync_OnlyChoresSinceTheTag_ExplainsWhy()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Tag("v1.2.3").Commit("chore: a").Commit("ci: b").Commit("Merge branch 'x'");

        var result = await CalculateAsync(git);

        Assert.That(result.Reason, Is.EqualTo("no release: 3 commits since v1.2.3, none releasable (1 chore, 1 ci, 1 merge)"));
    }

    [Test]
    public async Task CalculateAsync_TagsOfOtherPrefixesAndNonVersions_AreIgnored()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Tag("v1.2.3").Commit("fix: b")
            .Tag("app-v9.0.0").Tag("9.0.0").Tag("v-nightly").Tag("v2.0").Tag("latest")
            .Commit("fix: c");

        var result = await CalculateAsync(git);

        Assert.That(result.LastRelease?.Name, Is.EqualTo("v1.2.3"));
        Assert.That(result.Version?.ToString(), Is.EqualTo("1.2.4"));
    }

    [Test]
    public async Task CalculateAsync_CustomPrefix_UsesOnlyThoseTags()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Tag("v5.0.0").Tag("app-v1.2.3").Commit("feat: b");

        var result = await CalculateAsync(git, new VersioningOptions { TagPrefix = "app-v" });

        Assert.That(result.TagName, Is.EqualTo("app-v1.3.0"));
    }

    [Test]
    public async Task CalculateAsync_PrereleaseTagOnMain_IsIgnored()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Tag("v1.2.3").Commit("feat: b").Tag("v1.3.0-rc.1").Commit("fix: c");

        var result = await CalculateAsync(git);

        Assert.That(result.LastRelease?.Name, Is.EqualTo("v1.2.3"));
        Assert.That(result.ToString(), Is.EqualTo("1.3.0 (minor: 1 feat, 1 fix)"));
    }

    [Test]
    public async Task CalculateAsync_TagsCreatedOutOfOrder_HighestVersionWinsNotNewestTag()
    {
        using var git = GitSandbox.Create();
        var history = git.History().Commit("feat: a").Commit("feat: b").Tag("v1.10.0");
        git.Tag("v1.9.0", "made later, on an older commit", target: history.Shas[0]);
        history.Commit("fix: c");

        var result = await CalculateAsync(git);

        Assert.That(result.LastRelease?.Name, Is.EqualTo("v1.10.0"));
        Assert.That(result.Version?.ToString(), Is.EqualTo("1.10.1"));
    }

    [Test]
    public async Task CalculateAsync_UnreachableTag_IsNotTheLastRelease()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Tag("v1.0.0")
            .Branch("other").Commit("feat: b").Tag("v1.1.0")
            .Checkout("main").Commit("fix: c");

        var result = await CalculateAsync(git);

        Assert.That(result.LastRelease?.Name, Is.EqualTo("v1.0.0"));
        Assert.That(result.Version?.ToString(), Is.EqualTo("1.0.1"));
    }

    [Test]
    public async Task CalculateAsync_FeatureRevertedSinceTheTag_CancelsOutAndReleasesNothing()
    {
        using var git = GitSandbox.Create();
        var history = git.History().Commit("feat: a").Tag("v1.2.3").Commit("feat: risky").Commit("docs: b");
        git.Git("revert", "--no-edit", history.Shas[1]);

        var result = await CalculateAsync(git);

        Assert.That(result.IsRelease, Is.False);
        Assert.That(result.Reason, Is.EqualTo("no release: 3 commits since v1.2.3, none releasable (2 reverted, 1 docs)"));
        Assert.That(result.Commits.Select(commit => commit.Header), Is.EqualTo(new[] { "docs: b" }));
    }

    [Test]
    public async Task CalculateAsync_RevertOfAnAlreadyReleasedFeature_IsAPatch()
    {
        using var git = GitSandbox.Create();
        var history = git.History().Commit("feat: a").Commit("feat: risky").Tag("v1.2.3");
        git.Git("revert", "--no-edit", history.Shas[1]);

        var result = await CalculateAsync(git);

        Assert.That(result.ToString(), Is.EqualTo("1.2.4 (patch: 1 revert)"));
        Assert.That(result.Commits[0].Revert?.Sha, Is.EqualTo(history.Shas[1]));
    }

    [Test]
    public async Task CalculateAsync_VersionOverride_WinsAndStillExplainsTheCommits()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Tag("v1.2.3").Commit("fix: b");

        var result = await CalculateAsync(git, new VersioningOptions { VersionOverride = "2.0.0-rc.1" });

        Assert.That(result.TagName, Is.EqualTo("v2.0.0-rc.1"));
        Assert.That(result.Reason, Is.EqualTo("set by VersionOverride; the commits: patch: 1 fix"));
    }

    [Test]
    public void CalculateAsync_InvalidOptions_ReportsEveryProblemAtOnce()
    {
        using var git = GitSandbox.Create();
        var options = new VersioningOptions { FirstVersion = "1.0", PrereleaseId = "1", MaintenanceRange = "one.x", VersionOverride = "v1.2.3" };

        var error = Assert.ThrowsAsync<LiftoffException>(() => CalculateAsync(git, options));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.VersioningOptionsInvalid));
        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error.Message, Does.Contain("FirstVersion '1.0'"));
        Assert.That(error.Message, Does.Contain("PrereleaseId '1'"));
        Assert.That(error.Message, Does.Contain("MaintenanceRange 'one.x'"));
        Assert.That(error.Message, Does.Contain("VersionOverride 'v1.2.3'"));
        Assert.That(error.Message, Does.Contain("cannot both be set"));
    }

    [Test]
    public async Task CalculateAsync_LongHistorySinceTheTag_CountsEveryCommit()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Tag("v3.1.4");
        git.FastImport(20_000, index => index == 10_000 ? "feat(core): the one feature" : $"fix: change {index}");

        var result = await CalculateAsync(git);

        Assert.That(result.ToString(), Is.EqualTo("3.2.0 (minor: 1 feat, 19999 fix)"));
        Assert.That(result.Commits, Has.Count.EqualTo(20_000));
    }

    private static Task<NextVersionResult> CalculateAsync(GitSandbox git, VersioningOptions? options = null) =>
        new NextVersionCalculator(new GitCli(git.Path, git.Environment)).CalculateAsync(options ?? new VersioningOptions());
}

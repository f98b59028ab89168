using System.Net;
using Liftoff.Deploy.Targets.GitHubPages;
using Liftoff.Diagnostics;

namespace Liftoff.Core.Tests.Deploy.GitHubPages;

[TestFixture]
public sealed class GitHubPagesTargetTests
{
    private GitHubPagesFixture _pages = null!;

    [SetUp]
    public void CreateFixture() => _pages = new GitHubPagesFixture();

    [TearDown]
    public void DeleteFixture() => _pages.Dispose();

    [Test]
    public async Task DeployDeployRollback_AgainstBareRemote_LeavesThreeCommitsInAStraightLine()
    {
        // Given
        var target = _pages.CreateTarget();
        var v1 = await _pages.BuildSiteAsync("1.0.0");
        var v2 = await _pages.BuildSiteAsync("2.0.0");

        // When
        var timer = System.Diagnostics.Stopwatch.StartNew();
        var first = await GitHubPagesFixture.DeployAsync(target, v1);
        var firstDeploy = timer.Elapsed;
        timer.Restart();
        var second = await GitHubPagesFixture.DeployAsync(target, v2);
        var secondDeploy = timer.Elapsed;
        timer.Restart();
        var rollback = await target.RollbackAsync(_pages.ReleaseId("1.0.0"));
        await TestContext.Out.WriteLineAsync(
            $"6-file site: deploy v1 {firstDeploy.TotalMilliseconds:0} ms (push {first.Elapsed.TotalMilliseconds:0} ms), " +
            $"deploy v2 {secondDeploy.TotalMilliseconds:0} ms (push {second.Elapsed.TotalMilliseconds:0} ms), " +
            $"rollback {timer.Elapsed.TotalMilliseconds:0} ms (push {rollback.Elapsed.TotalMilliseconds:0} ms)");

        // Then: each tip's parent is the tip before it, so nothing was ever forced.
        var history = _pages.OriginHistory();
        Assert.That(history, Has.Count.EqualTo(3));
        Assert.Multiple(() =>
        {
            Assert.That(history[0], Is.EqualTo(new[] { history[0][0], history[1][0] }), "the rollback's only parent is v2");
            Assert.That(history[1], Is.EqualTo(new[] { history[1][0], history[2][0] }), "v2's only parent is v1");
            Assert.That(history[2], Has.Length.EqualTo(1), "the first deploy is an orphan commit");
            Assert.That(Tree(history[0][0]), Is.EqualTo(Tree(history[2][0])), "the rollback restores v1's tree");
            Assert.That(first.From, Is.Null);
            Assert.That(first.To, Is.EqualTo(_pages.ReleaseId("1.0.0")));
            Assert.That(second.From, Is.EqualTo(_pages.ReleaseId("1.0.0")));
            Assert.That(rollback.From, Is.EqualTo(_pages.ReleaseId("2.0.0")));
            Assert.That(rollback.To, Is.EqualTo(_pages.ReleaseId("1.0.0")));
            Assert.That(_pages.Git.OriginGit("log", "-1", "--format=%B", "gh-pages"), Does.Contain("Liftoff-Release: " + _pages.ReleaseId("1.0.0")));
        });
    }

    [Test]
    public async Task Rollback_ServedTree_EqualsTheReleaseArtifactByteForByte()
    {
        // Given
        var target = _pages.CreateTarget();
        var v1 = await _pages.BuildAsync("1.0.0", ("index.html", "<h1>one</h1>"), ("img/dot.png", "\u0089PNG\r\n\u001a\n"), ("old.txt", "only in v1"));
        var v2 = await _pages.BuildAsync("2.0.0", ("index.html", "<h1>two</h1>"), ("new.txt", "only in v2"));
        await GitHubPagesFixture.DeployAsync(target, v1);
        await GitHubPagesFixture.DeployAsync(target, v2);

        // When
        await target.RollbackAsync(_pages.ReleaseId("1.0.0"));

        // Then: every artifact file (marker included) is served as built, and v2's files are gone.
        await using var server = await _pages.StartPagesAsync();
        using var http = new HttpClient();
        var expected = await _pages.ExtractedFilesAsync(v1);
        Assert.That(expected.Keys, Does.Contain(".well-known/liftoff.json"));
        foreach (var (path, bytes) in expected)
        {
            Assert.That(await http.GetByteArrayAsync(new Uri(server.BaseUri, path)), Is.EqualTo(bytes), path);
        }

        using var gone = await http.GetAsync(new Uri(server.BaseUri, "new.txt"));
        Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var tree = _pages.Git.OriginGit("ls-tree", "-r", "--name-only", "gh-pages").Split('\n');
        Assert.That(tree, Is.EquivalentTo(expected.Keys.Append(".nojekyll")));
    }

    [Test]
    public async Task Deploy_WithCname_AddsCnameAndNoJekyll()
    {
        var target = _pages.CreateTarget(cname: "docs.example.com");

        await GitHubPagesFixture.DeployAsync(target, await _pages.BuildSiteAsync("1.0.0"));

        Assert.That(_pages.Git.OriginGit("show", "gh-pages:CNAME"), Is.EqualTo("docs.example.com"));
        Assert.That(_pages.Git.OriginGit("cat-file", "-s", "gh-pages:.nojekyll"), Is.EqualTo("0"));
    }

    [Test]
    public async Task Deploy_WithNoJekyllOffAndNoCname_AddsNeither()
    {
        var target = _pages.CreateTarget(noJekyll: false);

        await GitHubPagesFixture.DeployAsync(target, await _pages.BuildSiteAsync("1.0.0"));

        var names = _pages.Git.OriginGit("ls-tree", "--name-only", "gh-pages").Split('\n');
        Assert.That(names, Does.Not.Contain(".nojekyll").And.Not.Contain("CNAME"));
    }

    [Test]
    public async Task Deploy_RemoteGivenAsUrl_PublishesThere()
    {
        var target = _pages.CreateTarget(remote: _pages.Git.OriginPath);

        await GitHubPagesFixture.DeployAsync(target, await _pages.BuildSiteAsync("1.0.0"));

        Assert.That(_pages.OriginHistory(), Has.Count.EqualTo(1));
        Assert.That((await target.CurrentAsync())?.Id, Is.EqualTo(_pages.ReleaseId("1.0.0")));
    }

    [Test]
    public async Task Current_BeforeAndAfterDeploy_ReportsTheTipsReleaseAndMarker()
    {
        var target = _pages.CreateTarget();
        var before = await target.CurrentAsync();
        var v1 = await _pages.BuildSiteAsync("1.0.0");

        await GitHubPagesFixture.DeployAsync(target, v1);
        var after = await target.CurrentAsync();

        Assert.That(before, Is.Null);
        Assert.That(after!.Id, Is.EqualTo(_pages.ReleaseId("1.0.0")));
        Assert.That(after.Location, Is.EqualTo(_pages.Git.OriginGit("rev-parse", "gh-pages")));
        Assert.That(after.Marker, Is.EqualTo(v1.Marker));
    }

    [Test]
    public async Task Deploy_SameArtifactAgain_AddsNoCommit()
    {
        var target = _pages.CreateTarget();
        var v1 = await _pages.BuildSiteAsync("1.0.0");
        await GitHubPagesFixture.DeployAsync(target, v1);

        var again = await GitHubPagesFixture.DeployAsync(target, v1);

        Assert.That(_pages.OriginHistory(), Has.Count.EqualTo(1));
        Assert.That(again.From, Is.EqualTo(again.To));
    }

    [Test]
    public async Task Rollback_UnknownRelease_FailsNamingTheAvailableOnes()
    {
        var target = _pages.CreateTarget();
        await GitHubPagesFixture.DeployAsync(target, await _pages.BuildSiteAsync("1.0.0"));

        var error = Assert.ThrowsAsync<LiftoffException>(() => target.RollbackAsync("9.9.9-0000000"));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.PagesReleaseNotFound));
        Assert.That(error.Message, Does.Contain(_pages.ReleaseId("1.0.0")));
        Assert.That(_pages.OriginHistory(), Has.Count.EqualTo(1));
    }

    [Test]
    public void Constructor_BadOptions_ReportsEveryProblemAtOnce()
    {
        var options = new GitHubPagesOptions { RepositoryPath = "relative", Branch = "bad..name", Cname = "https://x.example.com" };

        var error = Assert.Throws<LiftoffException>(() => _ = new GitHubPagesTarget(options, TimeProvider.System));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.PagesOptionsInvalid));
        Assert.That(error.Message, Does.Contain("relative").And.Contain("bad..name").And.Contain("https://x.example.com"));
    }

    private string Tree(string commit) => _pages.Git.OriginGit("rev-parse", commit + "^{tree}");
}

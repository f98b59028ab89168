using System.Net;
using Liftoff.TestSupport.Git;
using Liftoff.TestSupport.Pages;

namespace Liftoff.TestSupport.Tests.Pages;

/// <summary>The local Pages server against a sandbox whose clone publishes <c>gh-pages</c> with ordinary commits.</summary>
[TestFixture]
public sealed class LocalPagesServerTests
{
    private GitSandbox _git = null!;
    private HttpClient _http = null!;

    [SetUp]
    public void CreateSandbox()
    {
        _git = GitSandbox.Create();
        _git.Checkout("gh-pages", create: true);
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
    }

    [TearDown]
    public void DeleteSandbox()
    {
        _http.Dispose();
        _git.Dispose();
    }

    [Test]
    public async Task Get_FileInBranch_ServesItsBytesWithContentType()
    {
        var commit = Publish(("index.html", "<h1>v1</h1>"), ("css/site.css", "body{}"), ("data/app.json", "{\"v\":1}"));
        await using var pages = await StartAsync();

        using var css = await _http.GetAsync(new Uri(pages.BaseUri, "css/site.css"));
        using var json = await _http.GetAsync(new Uri(pages.BaseUri, "data/app.json"));

        Assert.Multiple(async () =>
        {
            Assert.That(css.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await css.Content.ReadAsStringAsync(), Is.EqualTo("body{}"));
            Assert.That(css.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/css"));
            Assert.That(json.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(css.Headers.GetValues(LocalPagesServer.CommitHeader).Single(), Is.EqualTo(commit));
        });
    }

    [TestCase("")]
    [TestCase("docs")]
    [TestCase("docs/")]
    public async Task Get_Folder_ServesItsIndexHtml(string path)
    {
        Publish(("index.html", "root"), ("docs/index.html", "docs"));
        await using var pages = await StartAsync();

        using var response = await _http.GetAsync(new Uri(pages.BaseUri, path));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(path.Length == 0 ? "root" : "docs"));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
    }

    [TestCase("missing.html")]
    [TestCase("docs/missing/")]
    public async Task Get_MissingPath_Returns404(string path)
    {
        Publish(("index.html", "root"));
        await using var pages = await StartAsync();

        using var response = await _http.GetAsync(new Uri(pages.BaseUri.AbsoluteUri + path));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Get_NoBranchYet_Returns404()
    {
        await using var pages = await StartAsync();

        using var response = await _http.GetAsync(pages.BaseUri);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Get_WithoutDelay_ServesANewTipAtOnce()
    {
        Publish(("index.html", "v1"));
        await using var pages = await StartAsync();

        Publish(("index.html", "v2"));

        Assert.That(await _http.GetStringAsync(pages.BaseUri), Is.EqualTo("v2"));
    }

    [Test]
    public async Task Get_WithDelay_ServesTheOldTipUntilTheDelayHasPassed()
    {
        // Given
        Publish(("index.html", "v1"));
        var delay = TimeSpan.FromSeconds(1.5);
        await using var pages = await StartAsync(delay);

        // When
        Publish(("index.html", "v2"));
        var pushed = DateTimeOffset.UtcNow;
        var right = await _http.GetStringAsync(pages.BaseUri);
        var servedRightAfter = DateTimeOffset.UtcNow - pushed;
        await Task.Delay(delay + TimeSpan.FromMilliseconds(300));
        var later = await _http.GetStringAsync(pages.BaseUri);

        // Then
        Assume.That(servedRightAfter, Is.LessThan(delay), "the first request must land inside the delay");
        Assert.That(right, Is.EqualTo("v1"));
        Assert.That(later, Is.EqualTo("v2"));
    }

    private Task<LocalPagesServer> StartAsync(TimeSpan? delay = null) =>
        LocalPagesServer.StartAsync(new LocalPagesServerOptions
        {
            RepositoryPath = _git.OriginPath,
            PropagationDelay = delay ?? TimeSpan.Zero,
            Environment = _git.Environment,
        });

    private string Publish(params (string Path, string Content)[] files)
    {
        foreach (var (path, content) in files)
        {
            _git.WriteFile(path, content);
        }

        var commit = _git.Commit("publish");
        _git.Push("gh-pages");
        return commit;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Liftoff.TestSupport.TestApp;

namespace Liftoff.TestSupport.Tests.TestApp;

public sealed class TestAppServerTests
{
    private TestAppServer _app = null!;
    private HttpClient _http = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _app = await TestAppServer.StartAsync(new TestAppBehavior { Version = "2.1.0", ContentSha256 = new string('c', 64) });
        _http = new HttpClient { BaseAddress = _app.BaseUri };
    }

    [TearDown]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    [Test]
    public async Task Marker_ServesTheSettableVersionAndSha()
    {
        using var marker = JsonDocument.Parse(await _http.GetStringAsync(".well-known/liftoff.json"));
        _app.Behavior.Version = "2.2.0";
        using var changed = JsonDocument.Parse(await _http.GetStringAsync(".well-known/liftoff.json"));

        Assert.That(marker.RootElement.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
        Assert.That(marker.RootElement.GetProperty("contentSha256").GetString(), Is.EqualTo(new string('c', 64)));
        Assert.That(marker.RootElement.GetProperty("artifact").GetString(), Is.EqualTo("site-2.1.0"));
        Assert.That(changed.RootElement.GetProperty("version").GetString(), Is.EqualTo("2.2.0"));
    }

    [Test]
    public async Task FailShare_TwentyPercentOnOnePath_FailsEveryFifthRequestThereOnlyAndEveryAnswerNamesTheVersion()
    {
        _app.Behavior.FailShare("/api/orders", 20);

        var orders = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            using var response = await _http.GetAsync("api/orders");
            orders.Add(response.StatusCode);
        }

        using var health = await _http.GetAsync("health");

        Assert.That(orders.Count(code => code == HttpStatusCode.InternalServerError), Is.EqualTo(2));
        Assert.That(orders[4], Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(health.Headers.GetValues("X-App-Version"), Is.EqualTo(new[] { "2.1.0" }));
    }

    [Test]
    public async Task LoginThenMe_WithTheToken_ReturnsTheUser()
    {
        var token = await LoginAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"user\":\"alice\""));
    }

    [Test]
    public async Task Me_WithoutTokenOrWithBrokenAuth_Is401()
    {
        using var anonymous = await _http.GetAsync("api/me");
        var token = await LoginAsync();
        _app.Behavior.BreakAuth = true;
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var broken = await _http.SendAsync(request);

        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(broken.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Metrics_CountRequestsByCode_ButNotThemselves()
    {
        _app.Behavior.FailRoute("/health", 500);
        await _http.GetAsync("health");
        await _http.GetAsync("");
        await _http.GetAsync("");
        var metrics = await _http.GetStringAsync("metrics");

        Assert.That(metrics, Does.Contain("# TYPE http_requests_total counter"));
        Assert.That(metrics, Does.Contain("http_requests_total{code=\"200\",path=\"all\"} 2\n"));
        Assert.That(metrics, Does.Contain("http_requests_total{code=\"500\",path=\"all\"} 1\n"));
    }

    [Test]
    public async Task ErrorRatePercent_FailsThatShareExactly()
    {
        _app.Behavior.ErrorRatePercent = 10;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 50; i++)
        {
            using var response = await _http.GetAsync("");
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses.Count(s => s == HttpStatusCode.InternalServerError), Is.EqualTo(5));
        Assert.That(_app.Metrics.Count(500), Is.EqualTo(5));
        Assert.That(_app.Metrics.Total, Is.EqualTo(50));
    }

    [Test]
    public async Task Knobs_SlowEmptyMissingMetricsAndReset_Apply()
    {
        _app.Behavior.SlowRoute("/health", TimeSpan.FromMilliseconds(100));
        _app.Behavior.EmptyBody("/");
        _app.Behavior.MetricsMissing = true;
        using var slow = await _http.GetAsync("health");
        var empty = await _http.GetStringAsync("");
        using var metrics = await _http.GetAsync("metrics");
        _app.Behavior.Reset();
        var after = await _http.GetStringAsync("");

        Assert.That(slow.Headers.GetValues("X-Test-Delay-Ms"), Is.EqualTo(new[] { "100" }));
        Assert.That(empty, Is.Empty);
        Assert.That(metrics.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(after, Does.Contain("Test app 2.1.0"));
    }

    [Test]
    public async Task AbortRoute_DropsTheConnection_UntilRestored()
    {
        _app.Behavior.AbortRoute("/health");

        Assert.That(() => _http.GetAsync("health"), Throws.InstanceOf<HttpRequestException>());
        _app.Behavior.RestoreRoute("/health");
        using var restored = await _http.GetAsync("health");
        Assert.That(restored.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private async Task<string> LoginAsync()
    {
        using var content = new StringContent("{\"user\":\"alice\",\"password\":\"secret\"}", Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync("api/login", content);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("token").GetString()!;
    }
}

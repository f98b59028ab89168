using Microsoft.Extensions.Time.Testing;
using System.Diagnostics;
using System.Net;
using Liftoff.TestSupport.GitHub;
using Liftoff.TestSupport.GitHub.Faults;
using Octokit;

namespace Liftoff.TestSupport.Tests.GitHub;

public sealed class FaultInjectionTests : GitHubServerFixture
{
    [Test]
    public async Task Fault_503Once_FailsOneCallThenLetsTheNextThrough()
    {
        // Given
        var fault = Server.Faults.Add(new Fault { Method = "POST", PathPattern = "/repos/*/*/releases", Status = 503 });

        // When
        var error = Assert.ThrowsAsync<ApiException>(() => Client.Repository.Release.Create(Owner, Repo, new NewRelease("v1.0.0")));
        var retried = await Client.Repository.Release.Create(Owner, Repo, new NewRelease("v1.0.0"));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(retried.TagName, Is.EqualTo("v1.0.0"));
            Assert.That(fault.FiredCount, Is.EqualTo(1));
            Assert.That(
                Server.Requests.Matching("POST", "/repos/*/*/releases").Select(r => r.StatusCode),
                Is.EqualTo(new[] { 503, 201 }));
        });
    }

    [Test]
    public void Fault_SecondaryRateLimit_IsOctokitsSecondaryRateLimitExceededExceptionWithRetryAfter()
    {
        // Given
        Server.Faults.Add(new Fault
        {
            PathPattern = "/repos/*/*/releases/**",
            RateLimit = RateLimitKind.Secondary,
            RetryAfter = TimeSpan.FromSeconds(42),
        });

        // When
        var error = Assert.ThrowsAsync<SecondaryRateLimitExceededException>(() => Client.Repository.Release.Get(Owner, Repo, "v1.0.0"));

        // Then: Octokit 14 has no GetRetryAfterTimeSpan() on this exception, so the header is read directly.
        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(error.HttpResponse.Headers["Retry-After"], Is.EqualTo("42"));
        });
    }

    [Test]
    public void Fault_PrimaryRateLimit_IsRateLimitExceededExceptionWithResetTime()
    {
        // Given
        Server.Faults.Add(new Fault { RateLimit = RateLimitKind.Primary, RetryAfter = TimeSpan.FromMinutes(5) });

        // When
        var error = Assert.ThrowsAsync<RateLimitExceededException>(() => Client.Repository.Release.GetAll(Owner, Repo));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(error.Remaining, Is.Zero);
            Assert.That(error.GetRetryAfterTimeSpan(), Is.InRange(TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5)));
        });
    }

    [Test]
    public void Fault_429_IsApiExceptionWithExhaustedQuotaHeaders()
    {
        Server.Faults.Add(new Fault { Status = 429 });

        var error = Assert.ThrowsAsync<ApiException>(() => Client.Repository.Release.GetAll(Owner, Repo));

        Assert.Multiple(() =>
        {
            Assert.That((int)error.StatusCode, Is.EqualTo(429));
            Assert.That(error.HttpResponse.Headers["X-RateLimit-Remaining"], Is.EqualTo("0"));
        });
    }

    [Test]
    public async Task Fault_Reset_SurfacesAsHttpRequestException()
    {
        // Given: a call first, so the reset hits a reused keep-alive connection, the case HttpClient could retry.
        await Client.Repository.Release.GetAll(Owner, Repo);
        var fault = Server.Faults.Add(new Fault { Method = "POST", PathPattern = "/repos/*/*/releases", Reset = true });

        // When / Then
        Assert.ThrowsAsync<HttpRequestException>(() => Client.Repository.Release.Create(Owner, Repo, new NewRelease("v1.0.0")));
        Assert.Multiple(() =>
        {
            Assert.That(fault.FiredCount, Is.EqualTo(1));
            Assert.That(Server.State.Repo(Owner, Repo).Releases.All(), Is.Empty);
            Assert.That(Server.Requests.Matching("POST", "/repos/*/*/releases").Single().StatusCode, Is.Zero);
        });
    }

    [Test]
    public async Task Fault_DelayOnly_HoldsTheCallUntilTheClockPassesThenAnswersNormally()
    {
        // Given a server on a clock that moves only when the test moves it
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await LocalGitHubServer.StartAsync(new LocalGitHubServerOptions { Time = clock });
        var fault = server.Faults.Add(new Fault { Method = "GET", Delay = TimeSpan.FromMilliseconds(300) });

        // When
        var call = server.CreateClient().Repository.Release.GetAll(Owner, Repo);
        await WaitUntilAsync(() => fault.FiredCount == 1);
        await Task.Delay(100);
        var heldBeforeTheClockMoved = !call.IsCompleted;
        clock.Advance(TimeSpan.FromMilliseconds(300));
        var releases = await call;

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(heldBeforeTheClockMoved, Is.True);
            Assert.That(releases, Is.Empty);
        });
    }

    [Test]
    public async Task DisposeAsync_WhileADelayFaultWaits_StopsPromptlyAndCutsTheRequest()
    {
        // Given
        Server.Faults.Add(new Fault { Delay = TimeSpan.FromMinutes(5) });
        var pending = Client.Repository.Release.GetAll(Owner, Repo);
        await WaitUntilAsync(() => Server.Faults.All[0].FiredCount == 1);

        // When: disposing must not wait out the five minutes (the guard only stops a hang from hanging the run)
        await Server.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(1));

        // Then
        Assert.ThrowsAsync<HttpRequestException>(() => pending);
    }

    [Test]
    public void Fault_OtherMethod_DoesNotFire()
    {
        var fault = Server.Faults.Add(new Fault { Method = "POST", Status = 500 });

        Assert.ThrowsAsync<NotFoundException>(() => Client.Repository.Release.Get(Owner, Repo, "v1.0.0"));

        Assert.That(fault.FiredCount, Is.Zero);
    }

    // A guard against waiting forever, not a speed check: the token ends the wait after 10 s and fails the test.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(10, guard.Token);
        }
    }
}

using Microsoft.Extensions.Time.Testing;
using System.Diagnostics;
using Liftoff.Diagnostics;
using Liftoff.GitHub;
using Liftoff.TestSupport.GitHub.Faults;
using Liftoff.TestSupport.GitHub.State;

namespace Liftoff.Core.Tests.GitHub;

public sealed class OctokitGitHubReleasesResilienceTests : GitHubReleasesFixture
{
    [Test]
    public async Task UpsertAsync_502OnceThen201_CreatesExactlyOneReleaseWithTwoPosts()
    {
        // Given
        var fault = Server.Faults.Add(new Fault { Method = "POST", PathPattern = "/repos/*/*/releases", Status = 502 });

        // When
        var result = await CreateSut().UpsertAsync(new ReleaseRequest { Tag = "v1.0.0" });

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(result.Change, Is.EqualTo(ReleaseChange.Created));
            Assert.That(fault.FiredCount, Is.EqualTo(1));
            Assert.That(StoredReleases(), Has.Count.EqualTo(1));
            Assert.That(
                Server.Requests.Matching("POST", "/repos/*/*/releases").Select(r => r.StatusCode),
                Is.EqualTo(new[] { 502, 201 }));
            Assert.That(Log.Notices.Single().Reason, Is.EqualTo("502 Bad Gateway"));
        });
    }

    [Test]
    public async Task UpsertAsync_SecondaryRateLimitWithRetryAfter1s_WaitsThenSucceeds()
    {
        // Given
        Server.Faults.Add(new Fault
        {
            Method = "POST",
            PathPattern = "/repos/*/*/releases",
            RateLimit = RateLimitKind.Secondary,
            RetryAfter = TimeSpan.FromSeconds(1),
        });
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);

        // When: the clock only moves when the test moves it, so the wait is counted, not timed.
        var upsert = CreateSut(time: clock).UpsertAsync(new ReleaseRequest { Tag = "v1.0.0" });
        var waited = TimeSpan.Zero;
        while (!upsert.IsCompleted)
        {
            await Task.Delay(20);
            if (Log.Notices.IsEmpty || upsert.IsCompleted)
            {
                continue;
            }

            clock.Advance(TimeSpan.FromMilliseconds(100));
            waited += TimeSpan.FromMilliseconds(100);
        }

        var result = await upsert;

        // Then: the wait comes from Retry-After, not from the 10 ms backoff.
        Assert.Multiple(() =>
        {
            Assert.That(result.Change, Is.EqualTo(ReleaseChange.Created));
            Assert.That(waited, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)), "it did not retry before the clock passed Retry-After");
            Assert.That(Log.Notices.Single().Delay, Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(Log.Notices.Single().Reason, Is.EqualTo("403 secondary rate limit"));
            Assert.That(StoredReleases(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task UpsertAsync_429WithShortRetryAfter_RetriesAndSucceeds()
    {
        Server.Faults.Add(new Fault { Method = "POST", PathPattern = "/repos/*/*/releases", Status = 429, RetryAfter = TimeSpan.Zero });

        var result = await CreateSut().UpsertAsync(new ReleaseRequest { Tag = "v1.0.0" });

        Assert.Multiple(() =>
        {
            Assert.That(result.Change, Is.EqualTo(ReleaseChange.Created));
            Assert.That(Server.Requests.Count("POST", "/repos/*/*/releases"), Is.EqualTo(2));
        });
    }

    [Test]
    public void UpsertAsync_PrimaryRateLimitResettingLaterThanTheCap_FailsAtOnceWithoutRetrying()
    {
        // Given: the quota resets in 10 minutes; the fixture only sits out 5 seconds.
        Server.Faults.Add(new Fault { RateLimit = RateLimitKind.Primary, RetryAfter = TimeSpan.FromMinutes(10), Times = Fault.Always });

        // When
        var error = Assert.ThrowsAsync<LiftoffException>(() => CreateSut().UpsertAsync(new ReleaseRequest { Tag = "v1.0.0" }));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.GitHubRateLimited));
            Assert.That(Server.Requests.All, Has.Count.EqualTo(1));
            Assert.That(Log.Notices, Is.Empty);
        });
    }

    [Test]
    public void UpsertAsync_422OnCreate_IsNotRetried()
    {
        // Given
        Server.Faults.Add(new Fault { Method = "POST", PathPattern = "/repos/*/*/releases", Status = 422, Times = Fault.Always });

        // When
        var error = Assert.ThrowsAsync<LiftoffException>(() => CreateSut().UpsertAsync(new ReleaseRequest { Tag = "v1.0.0" }));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.GitHubValidationFailed));
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.TaskFailed));
            Assert.That(Server.Requests.Count("POST", "/repos/*/*/releases"), Is.EqualTo(1));
            Assert.That(Log.Notices, Is.Empty);
        });
    }

    [Test]
    public void UpsertAsync_404OnUpdate_IsNotRetried()
    {
        // Given
        Server.State.Repo(Owner, Repo).Releases.Add(new ReleaseInput("v1.0.0"));
        Server.Faults.Add(new Fault { Method = "PATCH", PathPattern = "/repos/*/*/releases/*", Status = 404, Times = Fault.Always });

        // When
        var error = Assert.ThrowsAsync<LiftoffException>(() => CreateSut().UpsertAsync(new ReleaseRequest { Tag = "v1.0.0" }));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.GitHubNotFound));
            Assert.That(error.Message, Does.Contain("acme/site"));
            Assert.That(Server.Requests.Count("PATCH", "/repos/*/*/releases/*"), Is.EqualTo(1));
            Assert.That(Log.Notices, Is.Empty);
        });
    }

    [Test]
    public async Task UpsertAsync_ConnectionResetOnce_RetriesAndCreatesOneRelease()
    {
        // Given
        var fault = Server.Faults.Add(new Fault { Method = "POST", PathPattern = "/repos/*/*/releases", Reset = true });

        // When
        var result = await CreateSut().UpsertAsync(new ReleaseRequest { Tag = "v1.0.0" });

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(result.Change, Is.EqualTo(ReleaseChange.Created));
            Assert.That(fault.FiredCount, Is.EqualTo(1));
            Assert.That(StoredReleases(), Has.Count.EqualTo(1));
            Assert.That(Log.Notices.Single().Reason, Does.StartWith("network error"));
        });
    }

    [Test]
    public void UpsertAsync_503Always_GivesUpAfterMaxRetriesWithUnavailable()
    {
        // Given
        Server.Faults.Add(new Fault { Method = "POST", PathPattern = "/repos/*/*/releases", Status = 503, Times = Fault.Always });
        var options = new GitHubResilienceOptions { BaseDelay = TimeSpan.FromMilliseconds(1), MaxRetryAttempts = 2 };

        // When
        var error = Assert.ThrowsAsync<LiftoffException>(() => CreateSut(options: options).UpsertAsync(new ReleaseRequest { Tag = "v1.0.0" }));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.GitHubUnavailable));
            Assert.That(Server.Requests.Count("POST", "/repos/*/*/releases"), Is.EqualTo(3));
            Assert.That(Log.Notices.Select(n => n.Retry), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(StoredReleases(), Is.Empty);
        });
    }

    [Test]
    public async Task UpsertAsync_AttemptSlowerThanAttemptTimeout_IsAbandonedAndRetried()
    {
        // Given
        Server.Faults.Add(new Fault { Method = "GET", PathPattern = "/repos/*/*/releases/tags/**", Delay = TimeSpan.FromSeconds(5) });
        var options = new GitHubResilienceOptions { BaseDelay = TimeSpan.FromMilliseconds(1), AttemptTimeout = TimeSpan.FromMilliseconds(300) };

        // When
        var result = await CreateSut(options: options).UpsertAsync(new ReleaseRequest { Tag = "v1.0.0" });

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(result.Change, Is.EqualTo(ReleaseChange.Created));
            Assert.That(Log.Notices.Single().Reason, Does.StartWith("timed out"));
        });
    }

    [Test]
    public void UpsertAsync_SecondaryRateLimitOutlastsTheRetries_SaysGitHubKeptFailingNotThatAccessIsDenied()
    {
        // Given a secondary rate limit (a 403) that never lifts (found by the reliability suite: it was reported as a
        // token without access)
        Server.Faults.Add(new Fault
        {
            Method = "POST", PathPattern = "/repos/*/*/releases", RateLimit = RateLimitKind.Secondary, RetryAfter = TimeSpan.Zero, Times = Fault.Always,
        });

        // When
        var error = Assert.ThrowsAsync<LiftoffException>(() => CreateSut().UpsertAsync(new ReleaseRequest { Tag = "v1.0.0" }));

        // Then
        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.GitHubUnavailable));
        Assert.That(error.Message, Does.Contain("kept failing (403 secondary rate limit)").And.Not.Contain("token"));
    }

    [Test]
    public async Task UpsertAsync_SlowCreateWithTheRequestTimedOutWithTheAttempt_NeverLandsASecondRelease()
    {
        // Given a create slower than the attempt, and a client whose HTTP requests time out with the attempt (as the
        // GitHub-Release task builds it): an attempt only abandoned stayed in flight, and landed a second release
        // after the retry had made one (found by the reliability suite)
        var options = new GitHubResilienceOptions { BaseDelay = TimeSpan.FromMilliseconds(1), AttemptTimeout = TimeSpan.FromMilliseconds(300) };
        Server.Faults.Add(new Fault { Method = "POST", PathPattern = "/repos/*/*/releases", Delay = TimeSpan.FromSeconds(1.5) });
        var settings = new GitHubConnectionSettings(Server.ApiUri, Token, "GITHUB_TOKEN");
        var sut = new OctokitGitHubReleases(
            GitHubClientFactory.Create(settings, options.AttemptTimeout), new GitHubRepository(Owner, Repo), options, TimeProvider.System, Log);

        // When the upsert is done, and both POSTs have ended on the server
        await sut.UpsertAsync(new ReleaseRequest { Tag = "v1.0.0", Draft = true });
        var waited = Stopwatch.StartNew();
        while (Server.Requests.Count("POST", "/repos/*/*/releases") < 2 && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(20);
        }

        // Then
        Assert.That(Server.Requests.Count("POST", "/repos/*/*/releases"), Is.EqualTo(2));
        Assert.That(StoredReleases(), Has.Count.EqualTo(1));
    }
}

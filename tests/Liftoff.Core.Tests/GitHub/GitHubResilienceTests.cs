using System.Net;
using Liftoff.GitHub;
using Octokit;
using Polly.Timeout;

namespace Liftoff.Core.Tests.GitHub;

public sealed class GitHubResilienceTests
{
    private static readonly GitHubResilienceOptions Options = new();

    private static IEnumerable<TestCaseData> Failures()
    {
        yield return new TestCaseData(new ApiException("Bad Gateway", HttpStatusCode.BadGateway), true).SetName("ShouldRetry_502_True");
        yield return new TestCaseData(new ApiException("Unavailable", HttpStatusCode.ServiceUnavailable), true).SetName("ShouldRetry_503_True");
        yield return new TestCaseData(new ApiException("Too many", HttpStatusCode.TooManyRequests), true).SetName("ShouldRetry_429_True");
        yield return new TestCaseData(new HttpRequestException("Connection reset by peer"), true).SetName("ShouldRetry_NetworkError_True");
        yield return new TestCaseData(new TimeoutRejectedException(), true).SetName("ShouldRetry_AttemptTimeout_True");
        yield return new TestCaseData(new TaskCanceledException("timeout", new TimeoutException()), true).SetName("ShouldRetry_HttpClientTimeout_True");
        yield return new TestCaseData(new NotFoundException("Not Found", HttpStatusCode.NotFound), false).SetName("ShouldRetry_404_False");
        yield return new TestCaseData(new ApiValidationException(), false).SetName("ShouldRetry_422_False");
        yield return new TestCaseData(new AuthorizationException(), false).SetName("ShouldRetry_401_False");
        yield return new TestCaseData(new TaskCanceledException("cancelled by the caller"), false).SetName("ShouldRetry_CallerCancellation_False");
        yield return new TestCaseData(new InvalidOperationException("a bug"), false).SetName("ShouldRetry_OtherException_False");
    }

    [TestCaseSource(nameof(Failures))]
    public void ShouldRetry_Failure_RetriesOnlyTransientOnes(Exception failure, bool expected) =>
        Assert.That(GitHubResilience.ShouldRetry(failure, Options, TimeProvider.System), Is.EqualTo(expected));

    [Test]
    public void Build_DefaultOptions_BuildsAPipeline() =>
        Assert.That(GitHubResilience.Build(), Is.Not.Null);

    [Test]
    public void FromOptions_GitHubSection_TakesRetriesAndAttemptTimeout()
    {
        var options = GitHubResilienceOptions.FromOptions(new Liftoff.Configuration.GitHubOptions { MaxRetries = 0, TimeoutSeconds = 7 });

        Assert.Multiple(() =>
        {
            Assert.That(options.MaxRetryAttempts, Is.Zero);
            Assert.That(options.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(7)));
            Assert.That(GitHubResilience.Build(options), Is.Not.Null);
        });
    }
}

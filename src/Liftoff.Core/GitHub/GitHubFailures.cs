using System.Globalization;
using System.Net;
using Octokit;
using Polly.Timeout;

namespace Liftoff.GitHub;

/// <summary>
/// Reads Octokit's exceptions: which are transient, how long GitHub asked us to wait, and a short reason for the
/// log. Only rate limits, 429, 5xx, network errors and timeouts are transient; 401, 403, 404 and 422 never are.
/// </summary>
internal static class GitHubFailures
{
    /// <summary>GitHub's advice when a secondary rate limit comes without Retry-After: wait at least a minute.</summary>
    private static readonly TimeSpan SecondaryDefaultWait = TimeSpan.FromMinutes(1);

    /// <summary>Clocks differ; waiting a second past the announced reset avoids hitting it just before.</summary>
    private static readonly TimeSpan ResetMargin = TimeSpan.FromSeconds(1);

    public static bool IsTransient(Exception exception) => exception switch
    {
        RateLimitExceededException or SecondaryRateLimitExceededException => true,
        ApiException api => (int)api.StatusCode is 429 or >= 500,
        HttpRequestException or TimeoutRejectedException => true,
        // HttpClient's own timeout (Octokit's request timeout) surfaces as a cancellation caused by a TimeoutException.
        OperationCanceledException { InnerException: TimeoutException } => true,
        _ => false,
    };

    /// <summary>The wait GitHub asked for (Retry-After, or the rate-limit reset), or null when it asked for none.</summary>
    public static TimeSpan? RequestedDelay(Exception exception, TimeProvider time)
    {
        if (exception is not ApiException api)
        {
            return null;
        }

        if (RetryAfter(api, time) is { } retryAfter)
        {
            return retryAfter;
        }

        if (api is SecondaryRateLimitExceededException)
        {
            return SecondaryDefaultWait;
        }

        if (api is RateLimitExceededException primary)
        {
            return Positive(primary.Reset - time.GetUtcNow() + ResetMargin);
        }

        if ((int)api.StatusCode == 429 && Header(api, "X-RateLimit-Reset") is { } reset
            && long.TryParse(reset, NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch))
        {
            return Positive(DateTimeOffset.FromUnixTimeSeconds(epoch) - time.GetUtcNow() + ResetMargin);
        }

        return null;
    }

    /// <summary>A short description for logs and errors, e.g. <c>502 Bad Gateway</c>; it never includes the token.</summary>
    public static string Reason(Exception exception) => exception switch
    {
        SecondaryRateLimitExceededException => "403 secondary rate limit",
        RateLimitExceededException => "403 rate limit exhausted",
        ApiException api when (int)api.StatusCode == 429 => "429 Too Many Requests",
        ApiException api => string.Create(CultureInfo.InvariantCulture, $"{(int)api.StatusCode} {Phrase(api.StatusCode)}"),
        HttpRequestException http => "network error: " + http.Message,
        TimeoutRejectedException timeout => string.Create(
            CultureInfo.InvariantCulture, $"timed out after {timeout.Timeout.TotalSeconds:0.#} s"),
        OperationCanceledException => "the HTTP request timed out",
        _ => exception.GetType().Name,
    };

    private static TimeSpan? RetryAfter(ApiException api, TimeProvider time)
    {
        if (Header(api, "Retry-After") is not { } value)
        {
            return null;
        }

        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Max(0, seconds));
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? Positive(date - time.GetUtcNow())
            : null;
    }

    private static string? Header(ApiException api, string name) =>
        api.HttpResponse?.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static TimeSpan Positive(TimeSpan delay) => delay < TimeSpan.Zero ? TimeSpan.Zero : delay;

    private static string Phrase(HttpStatusCode status) =>
        Enum.IsDefined(status) ? SplitWords(status.ToString()) : "error";

    private static string SplitWords(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + c : c.ToString()));
}

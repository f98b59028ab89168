using System.Globalization;
using Liftoff.TestSupport.GitHub.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Liftoff.TestSupport.GitHub.Faults;

/// <summary>The status, headers and GitHub-worded body a status fault answers with.</summary>
internal static class FaultResponse
{
    private const string SecondaryDocs =
        "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits";

    private const string PrimaryDocs =
        "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit";

    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(60);

    public static Task WriteAsync(HttpContext context, Fault fault, int status, TimeProvider time)
    {
        // A 429 is GitHub's other way of saying the quota ran out, so it carries the primary limit's headers.
        var kind = fault.RateLimit != RateLimitKind.None ? fault.RateLimit
            : status == StatusCodes.Status429TooManyRequests ? RateLimitKind.Primary
            : RateLimitKind.None;
        var headers = context.Response.Headers;
        var retryAfter = fault.RetryAfter ?? (kind == RateLimitKind.Secondary ? DefaultWait : null);
        if (retryAfter is { } wait)
        {
            headers.RetryAfter = Seconds(wait);
        }

        if (kind == RateLimitKind.Primary)
        {
            headers["X-RateLimit-Remaining"] = "0";
            headers["X-RateLimit-Used"] = headers["X-RateLimit-Limit"];
            headers["X-RateLimit-Reset"] = DefaultHeadersMiddleware.ResetEpoch(time, retryAfter ?? DefaultWait);
        }

        var (message, docs) = kind switch
        {
            RateLimitKind.Secondary => (
                "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you "
                + $"reach out to GitHub Support for help, please include the request ID {context.TraceIdentifier}.",
                SecondaryDocs),
            RateLimitKind.Primary => (
                $"API rate limit exceeded for user ID 1. If you reach out to GitHub Support for help, please include "
                + $"the request ID {context.TraceIdentifier}.",
                PrimaryDocs),
            _ => (ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error", GitHubErrors.DocsUrl),
        };
        return GitHubErrors.WriteAsync(context, status, fault.Message ?? message, docs);
    }

    private static string Seconds(TimeSpan wait) =>
        ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}

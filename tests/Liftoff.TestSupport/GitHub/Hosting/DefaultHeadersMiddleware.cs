using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Liftoff.TestSupport.GitHub.Hosting;

/// <summary>
/// The headers GitHub sends on every API answer. Octokit parses the rate-limit ones into <c>ApiInfo</c>, so they
/// must be present and numeric; the quota counts down with each request and never runs out by itself (a
/// <see cref="Faults.RateLimitKind.Primary"/> fault imitates running out).
/// </summary>
internal sealed class DefaultHeadersMiddleware(RequestDelegate next, TimeProvider time)
{
    public const int Quota = 5000;
    private int _used;

    public Task InvokeAsync(HttpContext context)
    {
        if (ApiPaths.IsApi(context.Request.Path))
        {
            var used = Math.Min(Interlocked.Increment(ref _used), Quota);
            var headers = context.Response.Headers;
            headers["X-GitHub-Media-Type"] = "github.v3; format=json";
            headers["X-GitHub-Request-Id"] = context.TraceIdentifier;
            headers["X-RateLimit-Limit"] = Quota.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Remaining"] = (Quota - used).ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Used"] = used.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset"] = ResetEpoch(time, TimeSpan.FromHours(1));
            headers["X-RateLimit-Resource"] = "core";
        }

        return next(context);
    }

    /// <summary>The <c>X-RateLimit-Reset</c> value: Unix seconds, <paramref name="fromNow"/> ahead.</summary>
    public static string ResetEpoch(TimeProvider time, TimeSpan fromNow) =>
        time.GetUtcNow().Add(fromNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace Liftoff.TestSupport.GitHub.Faults;

/// <summary>
/// A failure the server serves instead of the real answer, for requests matching <see cref="Method"/> and
/// <see cref="PathPattern"/>, the first <see cref="Times"/> times. A fault with only a <see cref="Delay"/> slows
/// the request and then lets the real handler answer.
/// </summary>
public sealed class Fault
{
    /// <summary>Fire on every matching request, for as long as the fault is registered.</summary>
    public const int Always = int.MaxValue;

    private int _fired;

    /// <summary>The HTTP method to match, or <c>*</c> for any. Default <c>*</c>.</summary>
    public string Method { get; init; } = "*";

    /// <summary>
    /// The path to match, relative to <c>/api/v3</c> (or <c>/api/uploads</c> for asset uploads), in the syntax of
    /// <see cref="GitHub.PathPattern"/>, e.g. <c>/repos/*/*/releases</c>. Default <c>/**</c>: every request.
    /// </summary>
    public string PathPattern { get; init; } = "/**";

    /// <summary>
    /// The status to answer with, with a GitHub-shaped JSON error body. Null means no status fault; with a
    /// <see cref="RateLimit"/> it defaults to 403.
    /// </summary>
    public int? Status { get; init; }

    /// <summary>The error message in the body; defaults to the wording GitHub uses for the status or rate limit.</summary>
    public string? Message { get; init; }

    /// <summary>Sent as <c>Retry-After</c> in whole seconds, rounded up. Secondary rate limits default to 60 s.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Waits this long before answering (or resetting); a cancelled request stops the wait. Default none.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>
    /// Aborts the connection instead of answering. Kestrel resets the socket, so .NET's HttpClient reports
    /// "Connection reset by peer" as an <see cref="HttpRequestException"/> (checked: it does not retry it, even on
    /// a reused keep-alive connection). The request reached the server, as a real mid-flight reset may have.
    /// </summary>
    public bool Reset { get; init; }

    /// <summary>Which rate limit to imitate, with its headers and body wording. Default none.</summary>
    public RateLimitKind RateLimit { get; init; }

    /// <summary>How many matching requests the fault fires on. Default 1; <see cref="Always"/> for no limit.</summary>
    public int Times { get; init; } = 1;

    /// <summary>How many requests the fault has fired on so far.</summary>
    public int FiredCount => Math.Min(Volatile.Read(ref _fired), Times);

    /// <summary>True once the fault has fired <see cref="Times"/> times.</summary>
    public bool IsExhausted => FiredCount >= Times;

    /// <summary>The status actually served: <see cref="Status"/>, or 403 for a rate limit, or null.</summary>
    internal int? EffectiveStatus => Status ?? (RateLimit == RateLimitKind.None ? null : 403);

    /// <summary>True when this fault applies to the request.</summary>
    internal bool Matches(string method, string path) =>
        (Method == "*" || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && GitHub.PathPattern.Matches(PathPattern, path);

    /// <summary>Takes one of the remaining firings, atomically, so parallel requests never over-fire.</summary>
    internal bool TryClaim()
    {
        if (Volatile.Read(ref _fired) >= Times)
        {
            return false;
        }

        return Interlocked.Increment(ref _fired) <= Times;
    }

    /// <summary>A one-line description for assertion messages, e.g. <c>POST /repos/*/*/releases -> 503, fired 1 of 1</c>.</summary>
    public override string ToString()
    {
        var action = Reset ? "reset" : EffectiveStatus is { } status ? $"{status}" : "delay";
        var times = Times == Always ? "always" : $"{Times}";
        return string.Create(CultureInfo.InvariantCulture, $"{Method} {PathPattern} -> {action}, fired {FiredCount} of {times}");
    }
}

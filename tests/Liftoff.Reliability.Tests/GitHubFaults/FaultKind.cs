using Liftoff.TestSupport.GitHub.Faults;

namespace Liftoff.Reliability.Tests.GitHubFaults;

/// <summary>The faults GitHub really serves, as the local server imitates them.</summary>
public sealed record FaultKind(string Name, Func<string, string, int, Fault> Create)
{
    /// <summary>A slow reply waits this long; the runs time an attempt out after one second (<c>--github.timeoutSeconds=1</c>).</summary>
    public static readonly TimeSpan SlowReply = TimeSpan.FromSeconds(2.5);

    public static readonly IReadOnlyList<FaultKind> All =
    [
        new("429", (method, path, times) => new Fault { Method = method, PathPattern = path, Status = 429, RetryAfter = TimeSpan.FromSeconds(1), Times = times }),
        new("502", (method, path, times) => new Fault { Method = method, PathPattern = path, Status = 502, Times = times }),
        new("503", (method, path, times) => new Fault { Method = method, PathPattern = path, Status = 503, Times = times }),
        new("403 secondary rate limit", (method, path, times) => new Fault
        {
            Method = method, PathPattern = path, RateLimit = RateLimitKind.Secondary, RetryAfter = TimeSpan.FromSeconds(1), Times = times,
        }),
        new("slow reply", (method, path, times) => new Fault { Method = method, PathPattern = path, Delay = SlowReply, Times = times }),
        new("reset", (method, path, times) => new Fault { Method = method, PathPattern = path, Reset = true, Times = times }),
    ];

    public override string ToString() => Name;
}

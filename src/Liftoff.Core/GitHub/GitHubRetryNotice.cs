using System.Globalization;

namespace Liftoff.GitHub;

/// <summary>One retry of a GitHub operation, for the log.</summary>
/// <param name="Operation">What was being done, e.g. <c>create or update release v1.2.0</c>.</param>
/// <param name="Retry">The retry about to start, from 1.</param>
/// <param name="MaxRetries">How many retries are allowed in all.</param>
/// <param name="Delay">The wait before it.</param>
/// <param name="Reason">Why the last attempt failed, e.g. <c>502 Bad Gateway</c>; never contains the token.</param>
public sealed record GitHubRetryNotice(string Operation, int Retry, int MaxRetries, TimeSpan Delay, string Reason)
{
    /// <summary>e.g. <c>GitHub: create release v1.2.0 failed (502 Bad Gateway); retry 1 of 4 in 1.2 s.</c></summary>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"GitHub: {Operation} failed ({Reason}); retry {Retry} of {MaxRetries} in {Delay.TotalSeconds:0.0} s.");
}

namespace Liftoff.GitHub.Reviews;

/// <summary>Reads GitHub's status and check-run words as green, pending or failed; anything unknown is failed (fail safe).</summary>
public static class CheckOutcomes
{
    /// <summary>A commit status: <c>success</c>, <c>pending</c>, <c>failure</c> or <c>error</c>.</summary>
    public static CommitCheck FromStatus(string context, string? state)
    {
        var word = (state ?? "unknown").ToLowerInvariant();
        var outcome = word switch
        {
            "success" => CheckOutcome.Green,
            "pending" => CheckOutcome.Pending,
            _ => CheckOutcome.Failed,
        };
        return new CommitCheck("status", context, outcome, word);
    }

    /// <summary>
    /// A check run: not yet <c>completed</c> is pending; completed with <c>success</c>, <c>neutral</c> or
    /// <c>skipped</c> is green; any other conclusion (failure, cancelled, timed_out, action_required, stale...) failed.
    /// </summary>
    public static CommitCheck FromCheckRun(string name, string? status, string? conclusion)
    {
        var state = (status ?? "unknown").ToLowerInvariant();
        if (state != "completed")
        {
            return new CommitCheck("check run", name, CheckOutcome.Pending, state);
        }

        var word = (conclusion ?? "none").ToLowerInvariant();
        var outcome = word is "success" or "neutral" or "skipped" ? CheckOutcome.Green : CheckOutcome.Failed;
        return new CommitCheck("check run", name, outcome, word);
    }
}

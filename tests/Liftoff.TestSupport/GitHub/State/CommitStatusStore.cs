namespace Liftoff.TestSupport.GitHub.State;

/// <summary>
/// One repository's commit statuses and check runs, by commit sha. The combined status takes the latest status
/// of each context, and its state follows GitHub's rule: failure if any is error or failure, pending if there are
/// none or any is pending, success otherwise.
/// </summary>
public sealed class CommitStatusStore
{
    private readonly Lock _gate = new();
    private readonly List<StoredStatus> _statuses = [];
    private readonly List<StoredCheckRun> _checkRuns = [];
    private readonly GitHubState _server;

    internal CommitStatusStore(GitHubState server) => _server = server;

    /// <summary>Adds a status (<c>success</c>, <c>pending</c>, <c>failure</c> or <c>error</c>) for <paramref name="context"/> on <paramref name="sha"/>.</summary>
    public StoredStatus AddStatus(string sha, string context, string state, string? description = null)
    {
        var status = new StoredStatus(_server.NextId(), sha, context, state, description, _server.Time.GetUtcNow());
        lock (_gate)
        {
            _statuses.Add(status);
        }

        return status;
    }

    /// <summary>
    /// Adds a check run named <paramref name="name"/> on <paramref name="sha"/>; <paramref name="status"/> is
    /// <c>queued</c>, <c>in_progress</c> or <c>completed</c>, and a completed run has a <paramref name="conclusion"/>
    /// (<c>success</c>, <c>failure</c>, <c>neutral</c>, <c>cancelled</c>, <c>skipped</c>, <c>timed_out</c>...).
    /// </summary>
    public StoredCheckRun AddCheckRun(string sha, string name, string status = "completed", string? conclusion = "success")
    {
        var now = _server.Time.GetUtcNow();
        var run = new StoredCheckRun(_server.NextId(), sha, name, status, status == "completed" ? conclusion : null, now, status == "completed" ? now : null);
        lock (_gate)
        {
            _checkRuns.Add(run);
        }

        return run;
    }

    /// <summary>The latest status of each context on <paramref name="sha"/>, newest first.</summary>
    public IReadOnlyList<StoredStatus> LatestStatuses(string sha)
    {
        lock (_gate)
        {
            return [.. _statuses
                .Where(status => string.Equals(status.Sha, sha, StringComparison.OrdinalIgnoreCase))
                .GroupBy(status => status.Context, StringComparer.Ordinal)
                .Select(group => group.MaxBy(status => status.Id)!)
                .OrderByDescending(status => status.Id)];
        }
    }

    /// <summary>The combined state of <paramref name="sha"/>'s statuses.</summary>
    public string CombinedState(string sha)
    {
        var latest = LatestStatuses(sha);
        return latest.Any(s => s.State is "failure" or "error") ? "failure"
            : latest.Count == 0 || latest.Any(s => s.State == "pending") ? "pending"
            : "success";
    }

    /// <summary>The check runs on <paramref name="sha"/>: every run, or only the latest of each name.</summary>
    public IReadOnlyList<StoredCheckRun> CheckRuns(string sha, bool latestOnly = true)
    {
        lock (_gate)
        {
            var runs = _checkRuns.Where(run => string.Equals(run.HeadSha, sha, StringComparison.OrdinalIgnoreCase));
            if (latestOnly)
            {
                runs = runs.GroupBy(run => run.Name, StringComparer.Ordinal).Select(group => group.MaxBy(run => run.Id)!);
            }

            return [.. runs.OrderBy(run => run.Id)];
        }
    }
}

/// <summary>A commit status as the server keeps it.</summary>
public sealed record StoredStatus(long Id, string Sha, string Context, string State, string? Description, DateTimeOffset CreatedAt);

/// <summary>A check run as the server keeps it.</summary>
public sealed record StoredCheckRun(
    long Id, string HeadSha, string Name, string Status, string? Conclusion, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt);

using System.Collections.Concurrent;

namespace Liftoff.TestSupport.GitHub.State;

/// <summary>
/// Everything the local GitHub server remembers, kept in memory for the life of one server. Repositories are
/// implicit: any owner/repo pair exists as soon as it is named, so tests need no setup call.
/// </summary>
public sealed class GitHubState
{
    private readonly ConcurrentDictionary<string, RepoState> _repos = new(StringComparer.OrdinalIgnoreCase);
    private long _lastId;

    internal GitHubState(TimeProvider time, GitHubUser user)
    {
        Time = time;
        User = user;
    }

    /// <summary>The clock used for <c>created_at</c>, <c>published_at</c> and the rate-limit reset headers.</summary>
    public TimeProvider Time { get; }

    /// <summary>The account every token authenticates as; it authors releases and uploads assets.</summary>
    public GitHubUser User { get; }

    /// <summary>
    /// The state of <paramref name="owner"/>/<paramref name="repo"/>, created on first use. Names compare without
    /// regard to case, as GitHub's do.
    /// </summary>
    public RepoState Repo(string owner, string repo) =>
        _repos.GetOrAdd($"{owner}/{repo}", _ => new RepoState(owner, repo, this));

    /// <summary>
    /// Hands out ids from one counter shared by every resource, as GitHub's ids are unique per table. They stay
    /// small so that they also fit Octokit's <c>int</c> asset ids.
    /// </summary>
    internal long NextId() => Interlocked.Increment(ref _lastId);
}

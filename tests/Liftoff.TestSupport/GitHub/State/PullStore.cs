namespace Liftoff.TestSupport.GitHub.State;

/// <summary>
/// One repository's pull requests and their reviews. Tests seed them; the server answers "pulls associated with a
/// commit" from each pull's commits and its merge commit, as GitHub does.
/// </summary>
public sealed class PullStore
{
    private readonly Lock _gate = new();
    private readonly List<StoredPull> _pulls = [];
    private readonly Dictionary<int, List<StoredReview>> _reviews = [];
    private readonly GitHubState _server;

    internal PullStore(GitHubState server) => _server = server;

    /// <summary>Adds a pull request numbered <paramref name="number"/> containing <paramref name="commitShas"/>.</summary>
    /// <param name="number">The pull request's number, e.g. 77.</param>
    /// <param name="title">Its title.</param>
    /// <param name="commitShas">The commits it brought in.</param>
    /// <param name="merged">Whether it was merged (closed with <c>merged_at</c> set); otherwise it is open.</param>
    /// <param name="mergeCommitSha">The merge commit, if it was merged with one.</param>
    public StoredPull Add(int number, string title, IReadOnlyList<string> commitShas, bool merged = true, string? mergeCommitSha = null)
    {
        ArgumentNullException.ThrowIfNull(commitShas);
        var now = _server.Time.GetUtcNow();
        var pull = new StoredPull(
            _server.NextId(), number, title, merged ? "closed" : "open", [.. commitShas], mergeCommitSha, now, merged ? now : null);
        lock (_gate)
        {
            _pulls.RemoveAll(existing => existing.Number == number);
            _pulls.Add(pull);
        }

        return pull;
    }

    /// <summary>
    /// Adds a review by <paramref name="reviewer"/>: <c>APPROVED</c>, <c>CHANGES_REQUESTED</c>, <c>COMMENTED</c> or
    /// <c>DISMISSED</c>. Reviews are listed in the order they were added, each a minute after the one before.
    /// </summary>
    public StoredReview AddReview(int number, string reviewer, string state)
    {
        lock (_gate)
        {
            if (!_reviews.TryGetValue(number, out var list))
            {
                list = [];
                _reviews[number] = list;
            }

            var review = new StoredReview(
                _server.NextId(), new GitHubUser(reviewer, UserId(reviewer)), state, _server.Time.GetUtcNow().AddMinutes(list.Count));
            list.Add(review);
            return review;
        }
    }

    /// <summary>The pull request numbered <paramref name="number"/>, or null.</summary>
    public StoredPull? Get(int number)
    {
        lock (_gate)
        {
            return _pulls.Find(pull => pull.Number == number);
        }
    }

    /// <summary>The highest pull request number, or 0 when there is none.</summary>
    public int HighestNumber()
    {
        lock (_gate)
        {
            return _pulls.Select(pull => pull.Number).DefaultIfEmpty().Max();
        }
    }

    /// <summary>The pull requests that contain <paramref name="sha"/> or were merged as it, newest first.</summary>
    public IReadOnlyList<StoredPull> ForCommit(string sha)
    {
        lock (_gate)
        {
            return [.. _pulls
                .Where(pull => pull.CommitShas.Contains(sha, StringComparer.OrdinalIgnoreCase)
                    || string.Equals(pull.MergeCommitSha, sha, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(pull => pull.Number)];
        }
    }

    /// <summary>The reviews of pull request <paramref name="number"/>, oldest first.</summary>
    public IReadOnlyList<StoredReview> Reviews(int number)
    {
        lock (_gate)
        {
            return _reviews.TryGetValue(number, out var list) ? [.. list] : [];
        }
    }

    // Stable per login, so the same reviewer always has the same id, as on GitHub.
    private static long UserId(string login) => 1_000_000 + (StringComparer.OrdinalIgnoreCase.GetHashCode(login) & 0xFFFFF);
}

/// <summary>A pull request as the server keeps it.</summary>
public sealed record StoredPull(
    long Id,
    int Number,
    string Title,
    string State,
    IReadOnlyList<string> CommitShas,
    string? MergeCommitSha,
    DateTimeOffset CreatedAt,
    DateTimeOffset? MergedAt)
{
    /// <summary>The head commit: the last of its commits.</summary>
    public string HeadSha => CommitShas.Count > 0 ? CommitShas[^1] : GitSha.Of($"pull-{Number}");
}

/// <summary>A review as the server keeps it.</summary>
public sealed record StoredReview(long Id, GitHubUser Reviewer, string State, DateTimeOffset SubmittedAt);

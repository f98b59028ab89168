namespace Liftoff.TestSupport.GitHub.State;

/// <summary>
/// One repository's issues. As on GitHub, a pull request is also an issue: the issues list returns both, and marks
/// pull requests with a <c>pull_request</c> object.
/// </summary>
public sealed class IssueStore
{
    private readonly Lock _gate = new();
    private readonly List<StoredIssue> _issues = [];
    private readonly GitHubState _server;

    internal IssueStore(GitHubState server) => _server = server;

    /// <summary>Adds an issue (or, with <paramref name="isPullRequest"/>, a pull request's issue side).</summary>
    public StoredIssue Add(
        int number, string title, IReadOnlyList<string>? labels = null, string state = "open", bool isPullRequest = false, string body = "")
    {
        var issue = new StoredIssue(_server.NextId(), number, title, state, labels ?? [], isPullRequest, _server.Time.GetUtcNow()) { Body = body };
        lock (_gate)
        {
            _issues.RemoveAll(existing => existing.Number == number);
            _issues.Add(issue);
        }

        return issue;
    }

    /// <summary>The issue numbered <paramref name="number"/>, or null.</summary>
    public StoredIssue? Get(int number)
    {
        lock (_gate)
        {
            return _issues.Find(issue => issue.Number == number);
        }
    }

    /// <summary>All issues, newest number first.</summary>
    public IReadOnlyList<StoredIssue> All()
    {
        lock (_gate)
        {
            return [.. _issues.OrderByDescending(issue => issue.Number)];
        }
    }
}

/// <summary>An issue as the server keeps it.</summary>
public sealed record StoredIssue(
    long Id, int Number, string Title, string State, IReadOnlyList<string> Labels, bool IsPullRequest, DateTimeOffset CreatedAt)
{
    /// <summary>The issue's Markdown body. Default empty.</summary>
    public string Body { get; init; } = "";
}

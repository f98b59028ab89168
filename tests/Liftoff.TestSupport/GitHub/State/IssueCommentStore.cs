namespace Liftoff.TestSupport.GitHub.State;

/// <summary>
/// One repository's issue comments. As on GitHub, a pull request's conversation is its issue's comments, so the
/// same store holds both.
/// </summary>
public sealed class IssueCommentStore
{
    private readonly Lock _gate = new();
    private readonly List<StoredIssueComment> _comments = [];
    private readonly GitHubState _server;

    internal IssueCommentStore(GitHubState server) => _server = server;

    /// <summary>Adds a comment by the server's user to issue (or pull request) <paramref name="number"/>.</summary>
    public StoredIssueComment Add(int number, string body)
    {
        var comment = new StoredIssueComment(_server.NextId(), number, body, _server.Time.GetUtcNow());
        lock (_gate)
        {
            _comments.Add(comment);
        }

        return comment;
    }

    /// <summary>The comments on <paramref name="number"/>, oldest first, as GitHub lists them.</summary>
    public IReadOnlyList<StoredIssueComment> ForIssue(int number)
    {
        lock (_gate)
        {
            return [.. _comments.Where(c => c.IssueNumber == number).OrderBy(c => c.Id)];
        }
    }
}

/// <summary>An issue comment as the server keeps it.</summary>
public sealed record StoredIssueComment(long Id, int IssueNumber, string Body, DateTimeOffset CreatedAt);

using Octokit;

namespace Liftoff.GitHub.Comments;

/// <summary>
/// <see cref="IGitHubComments"/> over Octokit: reads the conversation, then comments only when no comment carries the
/// marker; both are one unit the resilience pipeline retries together, so a lost answer never doubles a comment.
/// </summary>
public sealed class OctokitGitHubComments : IGitHubComments
{
    private static readonly ApiOptions AllPages = new() { PageSize = 100 };
    private readonly IGitHubClient _client;
    private readonly GitHubCalls _calls;

    /// <summary>Creates the client for <paramref name="repository"/>.</summary>
    /// <param name="client">The Octokit client, from <see cref="GitHubClientFactory"/>.</param>
    /// <param name="repository">The repository.</param>
    /// <param name="options">The retry settings. Default: the defaults.</param>
    /// <param name="time">The clock for waits and timeouts. Default <see cref="TimeProvider.System"/>.</param>
    /// <param name="log">Told about each retry. Default: nothing is logged.</param>
    public OctokitGitHubComments(
        IGitHubClient client, GitHubRepository repository, GitHubResilienceOptions? options = null, TimeProvider? time = null, IGitHubLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(repository);
        _client = client;
        _calls = new GitHubCalls(repository, options, time, log, GitHubCallFailures.Notices);
    }

    /// <inheritdoc />
    public Task<bool> CommentOnceAsync(int number, string marker, string body, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(marker);
        ArgumentException.ThrowIfNullOrEmpty(body);
        var owner = _calls.Repository.Owner;
        var repo = _calls.Repository.Name;
        return _calls.RunAsync($"comment on #{number}", async token =>
        {
            var comments = await _client.Issue.Comment.GetAllForIssue(owner, repo, number, AllPages).WaitAsync(token).ConfigureAwait(false);
            if (comments.Any(comment => comment.Body?.Contains(marker, StringComparison.Ordinal) == true))
            {
                return false;
            }

            await _client.Issue.Comment.Create(owner, repo, number, body + "\n\n" + marker).WaitAsync(token).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }
}

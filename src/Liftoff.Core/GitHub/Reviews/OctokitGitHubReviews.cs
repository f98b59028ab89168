using Octokit;

namespace Liftoff.GitHub.Reviews;

/// <summary><see cref="IGitHubReviews"/> over Octokit; every read goes through the GitHub resilience pipeline.</summary>
public sealed class OctokitGitHubReviews : IGitHubReviews
{
    private static readonly ApiOptions AllPages = new() { PageSize = 100 };
    private readonly IGitHubClient _client;
    private readonly GitHubCalls _reads;

    /// <summary>Creates the reader for <paramref name="repository"/>.</summary>
    /// <param name="client">The Octokit client, from <see cref="GitHubClientFactory"/>.</param>
    /// <param name="repository">The repository to read.</param>
    /// <param name="options">The retry settings. Default: the defaults.</param>
    /// <param name="time">The clock for waits and timeouts. Default <see cref="TimeProvider.System"/>.</param>
    /// <param name="log">Told about each retry. Default: nothing is logged.</param>
    public OctokitGitHubReviews(
        IGitHubClient client, GitHubRepository repository, GitHubResilienceOptions? options = null, TimeProvider? time = null, IGitHubLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(repository);
        _client = client;
        _reads = new GitHubCalls(repository, options, time, log, GitHubCallFailures.Reads);
    }

    private string Owner => _reads.Repository.Owner;

    private string Repo => _reads.Repository.Name;

    /// <inheritdoc />
    public Task<IReadOnlyList<GitHubPullRequest>> PullRequestsForCommitAsync(string sha, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sha);
        return _reads.RunAsync<IReadOnlyList<GitHubPullRequest>>(
            $"list pull requests of commit {Short(sha)}",
            async token =>
            {
                var pulls = await _client.Repository.Commit.PullRequests(Owner, Repo, sha, AllPages).WaitAsync(token).ConfigureAwait(false);
                return [.. pulls.Select(pull => new GitHubPullRequest(pull.Number, pull.Title ?? "", pull.MergedAt is not null))];
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<GitHubReview>> ReviewsAsync(int number, CancellationToken cancellationToken = default) =>
        _reads.RunAsync<IReadOnlyList<GitHubReview>>(
            $"list reviews of pull request #{number}",
            async token =>
            {
                var reviews = await _client.PullRequest.Review.GetAll(Owner, Repo, number, AllPages).WaitAsync(token).ConfigureAwait(false);
                return [.. reviews.Select(review => new GitHubReview(
                    review.Id, review.User?.Login ?? "", ParseState(review.State.StringValue), review.SubmittedAt == default ? null : review.SubmittedAt))];
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<CommitChecks> ChecksAsync(string sha, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sha);
        return _reads.RunAsync(
            $"read statuses and check runs of {Short(sha)}",
            async token =>
            {
                var combined = await _client.Repository.Status.GetCombined(Owner, Repo, sha).WaitAsync(token).ConfigureAwait(false);
                var runs = await _client.Check.Run.GetAllForReference(Owner, Repo, sha).WaitAsync(token).ConfigureAwait(false);
                var checks = new List<CommitCheck>();
                checks.AddRange(combined.Statuses.Select(status => CheckOutcomes.FromStatus(status.Context, status.State.StringValue)));
                checks.AddRange(runs.CheckRuns.Select(run => CheckOutcomes.FromCheckRun(run.Name, run.Status.StringValue, run.Conclusion?.StringValue)));
                return new CommitChecks(sha, checks);
            },
            cancellationToken);
    }

    private static ReviewState ParseState(string? state) => state?.ToUpperInvariant() switch
    {
        "APPROVED" => ReviewState.Approved,
        "CHANGES_REQUESTED" => ReviewState.ChangesRequested,
        "COMMENTED" => ReviewState.Commented,
        "DISMISSED" => ReviewState.Dismissed,
        "PENDING" => ReviewState.Pending,
        _ => ReviewState.Other,
    };

    private static string Short(string sha) => sha.Length > 7 ? sha[..7] : sha;
}

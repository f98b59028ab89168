using Liftoff.GitHub.Reviews;
using Octokit;

namespace Liftoff.GitHub.Issues;

/// <summary><see cref="IGitHubIssues"/> over Octokit; every read goes through the GitHub resilience pipeline.</summary>
public sealed class OctokitGitHubIssues : IGitHubIssues
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
    public OctokitGitHubIssues(
        IGitHubClient client, GitHubRepository repository, GitHubResilienceOptions? options = null, TimeProvider? time = null, IGitHubLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(repository);
        _client = client;
        _reads = new GitHubCalls(repository, options, time, log, GitHubCallFailures.Reads);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GitHubIssue>> OpenIssuesWithAnyLabelAsync(IReadOnlyList<string> labels, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var found = new Dictionary<int, GitHubIssue>();
        foreach (var label in labels.Where(label => !string.IsNullOrWhiteSpace(label)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var issues = await _reads.RunAsync(
                $"list open issues labelled '{label}'",
                token =>
                {
                    var request = new RepositoryIssueRequest { State = ItemStateFilter.Open };
                    request.Labels.Add(label);
                    return _client.Issue.GetAllForRepository(_reads.Repository.Owner, _reads.Repository.Name, request, AllPages).WaitAsync(token);
                },
                cancellationToken).ConfigureAwait(false);
            foreach (var issue in issues.Where(issue => issue.PullRequest is null))
            {
                found[issue.Number] = new GitHubIssue(issue.Number, issue.Title ?? "", [.. issue.Labels.Select(l => l.Name)]);
            }
        }

        return [.. found.Values.OrderBy(issue => issue.Number)];
    }
}

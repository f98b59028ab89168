using Octokit;

namespace Liftoff.GitHub.Issues;

/// <summary>
/// <see cref="IGitHubIncidentIssues"/> over Octokit: the search for the marker and the create are one unit the
/// resilience pipeline retries together, so a lost answer never opens a second issue.
/// </summary>
public sealed class OctokitGitHubIncidentIssues : IGitHubIncidentIssues
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
    public OctokitGitHubIncidentIssues(
        IGitHubClient client, GitHubRepository repository, GitHubResilienceOptions? options = null, TimeProvider? time = null, IGitHubLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(repository);
        _client = client;
        _calls = new GitHubCalls(repository, options, time, log, GitHubCallFailures.Notices);
    }

    /// <inheritdoc />
    public Task<GitHubIssueLink> OpenOnceAsync(
        string title, string body, string marker, IReadOnlyList<string> labels, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(title);
        ArgumentException.ThrowIfNullOrEmpty(marker);
        ArgumentNullException.ThrowIfNull(labels);
        var owner = _calls.Repository.Owner;
        var repo = _calls.Repository.Name;
        return _calls.RunAsync($"open the issue '{title}'", async token =>
        {
            var search = new RepositoryIssueRequest { State = ItemStateFilter.All };
            if (labels.Count > 0)
            {
                search.Labels.Add(labels[0]);
            }

            var issues = await _client.Issue.GetAllForRepository(owner, repo, search, AllPages).WaitAsync(token).ConfigureAwait(false);
            var existing = issues.FirstOrDefault(issue => issue.PullRequest is null && issue.Body?.Contains(marker, StringComparison.Ordinal) == true);
            if (existing is not null)
            {
                return new GitHubIssueLink(existing.Number, new Uri(existing.HtmlUrl), Created: false);
            }

            var request = new NewIssue(title) { Body = body.Contains(marker, StringComparison.Ordinal) ? body : body + "\n\n" + marker };
            foreach (var label in labels)
            {
                request.Labels.Add(label);
            }

            var created = await _client.Issue.Create(owner, repo, request).WaitAsync(token).ConfigureAwait(false);
            return new GitHubIssueLink(created.Number, new Uri(created.HtmlUrl), Created: true);
        }, cancellationToken);
    }
}

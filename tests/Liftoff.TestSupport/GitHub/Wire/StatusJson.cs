using Liftoff.TestSupport.GitHub.Hosting;
using Liftoff.TestSupport.GitHub.State;

namespace Liftoff.TestSupport.GitHub.Wire;

/// <summary>The combined status of a ref (https://docs.github.com/rest/commits/statuses), as Octokit's <c>CombinedCommitStatus</c> reads it.</summary>
internal sealed record CombinedStatusJson(
    string State,
    string Sha,
    int TotalCount,
    IReadOnlyList<StatusJson> Statuses,
    string CommitUrl,
    string Url)
{
    public static CombinedStatusJson From(string sha, string state, IReadOnlyList<StoredStatus> statuses, RepoRef repo, ServerUrls urls, GitHubUser user)
    {
        var api = urls.RepoApi(repo.Owner, repo.Name);
        return new CombinedStatusJson(
            state,
            sha,
            statuses.Count,
            [.. statuses.Select(status => StatusJson.From(status, repo, urls, user))],
            $"{api}/commits/{sha}",
            $"{api}/commits/{sha}/status");
    }
}

/// <summary>One commit status, as Octokit's <c>CommitStatus</c> reads it.</summary>
internal sealed record StatusJson(
    long Id,
    string NodeId,
    string Url,
    string State,
    string? Description,
    string? TargetUrl,
    string Context,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    UserJson Creator)
{
    public static StatusJson From(StoredStatus status, RepoRef repo, ServerUrls urls, GitHubUser user) =>
        new(
            status.Id,
            NodeIds.For("SC", status.Id),
            $"{urls.RepoApi(repo.Owner, repo.Name)}/statuses/{status.Sha}",
            status.State,
            status.Description,
            null,
            status.Context,
            status.CreatedAt,
            status.CreatedAt,
            UserJson.From(user, urls));
}

/// <summary>The check runs of a ref (https://docs.github.com/rest/checks/runs), as Octokit's <c>CheckRunsResponse</c> reads it.</summary>
internal sealed record CheckRunsJson(int TotalCount, IReadOnlyList<CheckRunJson> CheckRuns);

/// <summary>One check run, as Octokit's <c>CheckRun</c> reads it.</summary>
internal sealed record CheckRunJson(
    long Id,
    string NodeId,
    string HeadSha,
    string ExternalId,
    string Url,
    string HtmlUrl,
    string DetailsUrl,
    string Status,
    string? Conclusion,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt,
    string Name,
    CheckRunOutputJson Output,
    IReadOnlyList<object> PullRequests)
{
    public static CheckRunJson From(StoredCheckRun run, RepoRef repo, ServerUrls urls)
    {
        var html = $"{urls.RepoHtml(repo.Owner, repo.Name)}/runs/{run.Id}";
        return new CheckRunJson(
            run.Id,
            NodeIds.For("CR", run.Id),
            run.HeadSha,
            string.Empty,
            $"{urls.RepoApi(repo.Owner, repo.Name)}/check-runs/{run.Id}",
            html,
            html,
            run.Status,
            run.Conclusion,
            run.StartedAt,
            run.CompletedAt,
            run.Name,
            new CheckRunOutputJson(null, null, null, 0, $"{urls.RepoApi(repo.Owner, repo.Name)}/check-runs/{run.Id}/annotations"),
            []);
    }
}

/// <summary>A check run's <c>output</c>.</summary>
internal sealed record CheckRunOutputJson(string? Title, string? Summary, string? Text, int AnnotationsCount, string AnnotationsUrl);

using Liftoff.TestSupport.GitHub.Hosting;
using Liftoff.TestSupport.GitHub.State;

namespace Liftoff.TestSupport.GitHub.Wire;

/// <summary>
/// An issue (https://docs.github.com/rest/issues/issues), with the fields Octokit's <c>Issue</c> reads. A pull
/// request's issue side carries a <c>pull_request</c> object; a plain issue has none (null here, which Octokit reads the same).
/// </summary>
internal sealed record IssueJson(
    long Id,
    string NodeId,
    string Url,
    string HtmlUrl,
    string CommentsUrl,
    string EventsUrl,
    int Number,
    string State,
    string Title,
    string Body,
    UserJson User,
    IReadOnlyList<LabelJson> Labels,
    IReadOnlyList<UserJson> Assignees,
    int Comments,
    bool Locked,
    IssuePullRequestJson? PullRequest,
    DateTimeOffset? ClosedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static IssueJson From(StoredIssue issue, RepoRef repo, ServerUrls urls, GitHubUser user, int comments = 0)
    {
        var api = urls.RepoApi(repo.Owner, repo.Name);
        var html = urls.RepoHtml(repo.Owner, repo.Name);
        var pull = issue.IsPullRequest
            ? new IssuePullRequestJson($"{api}/pulls/{issue.Number}", $"{html}/pull/{issue.Number}", $"{html}/pull/{issue.Number}.diff", $"{html}/pull/{issue.Number}.patch")
            : null;
        return new IssueJson(
            issue.Id,
            NodeIds.For("I", issue.Id),
            $"{api}/issues/{issue.Number}",
            $"{html}/{(issue.IsPullRequest ? "pull" : "issues")}/{issue.Number}",
            $"{api}/issues/{issue.Number}/comments",
            $"{api}/issues/{issue.Number}/events",
            issue.Number,
            issue.State,
            issue.Title,
            issue.Body,
            UserJson.From(user, urls),
            [.. issue.Labels.Select(label => LabelJson.From(label, repo, urls))],
            [],
            comments,
            Locked: false,
            pull,
            issue.State == "closed" ? issue.CreatedAt : null,
            issue.CreatedAt,
            issue.CreatedAt);
    }
}

/// <summary>A label on an issue.</summary>
internal sealed record LabelJson(long Id, string NodeId, string Url, string Name, string Color, string? Description, bool Default)
{
    public static LabelJson From(string name, RepoRef repo, ServerUrls urls)
    {
        var id = (long)(StringComparer.OrdinalIgnoreCase.GetHashCode(name) & 0x7FFFFFFF);
        return new LabelJson(id, NodeIds.For("LA", name), $"{urls.RepoApi(repo.Owner, repo.Name)}/labels/{Uri.EscapeDataString(name)}", name, "d73a4a", null, Default: false);
    }
}

/// <summary>The <c>pull_request</c> object on a pull request's issue.</summary>
internal sealed record IssuePullRequestJson(string Url, string HtmlUrl, string DiffUrl, string PatchUrl);

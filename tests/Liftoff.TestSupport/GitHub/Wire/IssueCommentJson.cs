using Liftoff.TestSupport.GitHub.Hosting;
using Liftoff.TestSupport.GitHub.State;

namespace Liftoff.TestSupport.GitHub.Wire;

/// <summary>An issue comment (https://docs.github.com/rest/issues/comments), with the fields Octokit's <c>IssueComment</c> reads.</summary>
internal sealed record IssueCommentJson(
    long Id,
    string NodeId,
    string Url,
    string HtmlUrl,
    string Body,
    UserJson User,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string IssueUrl,
    string AuthorAssociation)
{
    public static IssueCommentJson From(StoredIssueComment comment, RepoRef repo, ServerUrls urls, GitHubUser user)
    {
        var api = urls.RepoApi(repo.Owner, repo.Name);
        return new IssueCommentJson(
            comment.Id,
            NodeIds.For("IC", comment.Id),
            $"{api}/issues/comments/{comment.Id}",
            $"{urls.RepoHtml(repo.Owner, repo.Name)}/issues/{comment.IssueNumber}#issuecomment-{comment.Id}",
            comment.Body,
            UserJson.From(user, urls),
            comment.CreatedAt,
            comment.CreatedAt,
            $"{api}/issues/{comment.IssueNumber}",
            "OWNER");
    }
}

/// <summary>The body of a create-issue request.</summary>
internal sealed record IssueRequest(string? Title, string? Body, IReadOnlyList<string>? Labels, IReadOnlyList<string>? Assignees);

/// <summary>The body of a create-comment request.</summary>
internal sealed record IssueCommentRequest(string? Body);

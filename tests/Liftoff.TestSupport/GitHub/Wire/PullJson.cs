using Liftoff.TestSupport.GitHub.Hosting;
using Liftoff.TestSupport.GitHub.State;

namespace Liftoff.TestSupport.GitHub.Wire;

/// <summary>A pull request as GitHub's REST API returns it (https://docs.github.com/rest/pulls/pulls), with the fields Octokit's <c>PullRequest</c> reads.</summary>
internal sealed record PullJson(
    long Id,
    string NodeId,
    string Url,
    string HtmlUrl,
    string DiffUrl,
    string PatchUrl,
    string IssueUrl,
    int Number,
    string State,
    string Title,
    string Body,
    UserJson User,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? MergedAt,
    string? MergeCommitSha,
    bool Merged,
    bool Draft,
    bool Locked,
    PullRefJson Head,
    PullRefJson Base)
{
    public static PullJson From(StoredPull pull, RepoRef repo, ServerUrls urls, GitHubUser user)
    {
        var api = urls.RepoApi(repo.Owner, repo.Name);
        var html = $"{urls.RepoHtml(repo.Owner, repo.Name)}/pull/{pull.Number}";
        var author = UserJson.From(user, urls);
        var closed = pull.MergedAt ?? (pull.State == "closed" ? pull.CreatedAt : null);
        return new PullJson(
            pull.Id,
            NodeIds.For("PR", pull.Id),
            $"{api}/pulls/{pull.Number}",
            html,
            html + ".diff",
            html + ".patch",
            $"{api}/issues/{pull.Number}",
            pull.Number,
            pull.State,
            pull.Title,
            string.Empty,
            author,
            pull.CreatedAt,
            pull.MergedAt ?? pull.CreatedAt,
            closed,
            pull.MergedAt,
            pull.MergeCommitSha,
            pull.MergedAt is not null,
            Draft: false,
            Locked: false,
            new PullRefJson($"{user.Login}:feature-{pull.Number}", $"feature-{pull.Number}", pull.HeadSha, author),
            new PullRefJson($"{repo.Owner}:main", "main", GitSha.Of($"base-{pull.Number}"), author));
    }
}

/// <summary>A pull request's <c>head</c> or <c>base</c>; <c>repo</c> is null, as GitHub sends for a deleted fork.</summary>
internal sealed record PullRefJson(string Label, string Ref, string Sha, UserJson User, object? Repo = null);

/// <summary>A pull request review (https://docs.github.com/rest/pulls/reviews), with the fields Octokit's <c>PullRequestReview</c> reads.</summary>
internal sealed record ReviewJson(
    long Id,
    string NodeId,
    UserJson User,
    string Body,
    string State,
    string HtmlUrl,
    string PullRequestUrl,
    DateTimeOffset SubmittedAt,
    string CommitId,
    string AuthorAssociation)
{
    public static ReviewJson From(StoredReview review, StoredPull pull, RepoRef repo, ServerUrls urls) =>
        new(
            review.Id,
            NodeIds.For("PRR", review.Id),
            UserJson.From(review.Reviewer, urls),
            string.Empty,
            review.State,
            $"{urls.RepoHtml(repo.Owner, repo.Name)}/pull/{pull.Number}#pullrequestreview-{review.Id}",
            $"{urls.RepoApi(repo.Owner, repo.Name)}/pulls/{pull.Number}",
            review.SubmittedAt,
            pull.HeadSha,
            "MEMBER");
}

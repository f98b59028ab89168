using System.Globalization;
using Liftoff.Diagnostics;
using Liftoff.Git;
using Liftoff.Versioning;

namespace Liftoff.GitHub.Comments;

/// <summary>
/// The "Released in v1.5.0; deployed to production" comments on the pull requests that shipped, as
/// semantic-release's success comments do. Each pull request gets the comment for one release and environment once;
/// a pull request that cannot be commented on is reported and the others still are.
/// </summary>
public sealed class ShippedComments(IGitHubComments comments)
{
    /// <summary>The sentence, e.g. <c>Released in v1.5.0; deployed to production</c> (or only the release without an environment).</summary>
    public static string Text(string tag, string? environment, Uri? releaseUrl = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(tag);
        var released = releaseUrl is null ? $"Released in {tag}" : $"Released in [{tag}]({releaseUrl.AbsoluteUri})";
        return environment is null ? released + "." : $"{released}; deployed to {environment}.";
    }

    /// <summary>The invisible marker that makes the comment once-only, e.g. <c>&lt;!-- liftoff:shipped v1.5.0 production --&gt;</c>.</summary>
    public static string Marker(string tag, string? environment) =>
        string.Create(CultureInfo.InvariantCulture, $"<!-- liftoff:shipped {tag}{(environment is null ? "" : " " + environment)} -->");

    /// <summary>
    /// The pull requests named by the commits after <paramref name="fromExclusive"/> up to <paramref name="toInclusive"/>:
    /// a <c>(#77)</c> at the end of a subject, or a GitHub merge commit's header. Ascending, without duplicates.
    /// </summary>
    public static async Task<IReadOnlyList<int>> PullRequestsAsync(
        IGitClient git, string? fromExclusive, string toInclusive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(git);
        var numbers = new SortedSet<int>();
        await foreach (var commit in git.CommitsAsync(fromExclusive, toInclusive, cancellationToken).ConfigureAwait(false))
        {
            if (ConventionalCommitParser.Parse(commit).PullRequest is { } number)
            {
                numbers.Add(number);
            }
        }

        return [.. numbers];
    }

    /// <summary>Comments on each of <paramref name="pullRequests"/>; returns which got a new comment and which failed.</summary>
    public async Task<ShippedCommentsOutcome> CommentAsync(
        IReadOnlyList<int> pullRequests, string tag, string? environment, Uri? releaseUrl = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pullRequests);
        var commented = new List<int>();
        var already = new List<int>();
        var failures = new List<string>();
        foreach (var number in pullRequests.Distinct())
        {
            try
            {
                var added = await comments.CommentOnceAsync(number, Marker(tag, environment), Text(tag, environment, releaseUrl), cancellationToken).ConfigureAwait(false);
                (added ? commented : already).Add(number);
            }
            catch (LiftoffException error)
            {
                failures.Add(error.Message);
            }
        }

        return new ShippedCommentsOutcome(commented, already, failures);
    }
}

/// <summary>What <see cref="ShippedComments.CommentAsync"/> did.</summary>
/// <param name="Commented">The pull requests that got the comment now.</param>
/// <param name="AlreadyCommented">The pull requests that had it from an earlier run.</param>
/// <param name="Failures">One message per pull request that could not be commented on.</param>
public sealed record ShippedCommentsOutcome(IReadOnlyList<int> Commented, IReadOnlyList<int> AlreadyCommented, IReadOnlyList<string> Failures);

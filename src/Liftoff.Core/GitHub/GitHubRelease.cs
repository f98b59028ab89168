namespace Liftoff.GitHub;

/// <summary>A release as Liftoff sees it, free of Octokit's model.</summary>
/// <param name="Id">GitHub's release id.</param>
/// <param name="Tag">The tag, e.g. <c>v1.2.0</c>.</param>
/// <param name="Name">The title.</param>
/// <param name="Body">The notes.</param>
/// <param name="Draft">Whether it is unpublished.</param>
/// <param name="Prerelease">Whether it is marked as a pre-release.</param>
/// <param name="HtmlUrl">The release's web page.</param>
public sealed record GitHubRelease(long Id, string Tag, string Name, string Body, bool Draft, bool Prerelease, Uri HtmlUrl);

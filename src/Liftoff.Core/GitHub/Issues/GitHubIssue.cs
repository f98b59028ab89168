namespace Liftoff.GitHub.Issues;

/// <summary>An open issue as the backlog gate shows it.</summary>
/// <param name="Number">Its number, e.g. 12.</param>
/// <param name="Title">Its title.</param>
/// <param name="Labels">Its labels.</param>
public sealed record GitHubIssue(int Number, string Title, IReadOnlyList<string> Labels);

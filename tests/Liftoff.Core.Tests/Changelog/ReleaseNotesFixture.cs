using Liftoff.Changelog;
using Liftoff.Git;
using Liftoff.Versioning;

namespace Liftoff.Core.Tests.Changelog;

/// <summary>Builds release notes from commit messages, with predictable shas.</summary>
internal static class ReleaseNotesFixture
{
    public static readonly DateOnly Date = new(2026, 11, 23);

    public static ConventionalCommit Commit(char shaDigit, string message) =>
        ConventionalCommitParser.Parse(new GitCommit(new string(shaDigit, 40), [], message));

    public static ReleaseNotes Notes(string? previousTag, params ConventionalCommit[] commits) =>
        ReleaseNotesBuilder.Build("1.5.0", "v1.5.0", previousTag, Date, commits);

    /// <summary>One commit of each kind, newest first, in an order unlike the sections'.</summary>
    public static ReleaseNotes Mixed() => Notes(
        "v1.4.5",
        Commit('1', "perf(db): cache the manifest"),
        Commit('2', "fix: token expiry (#78)"),
        Commit('3', "chore(deps): bump Polly"),
        Commit('4', "feat(api)!: drop the v1 endpoints\n\nBREAKING CHANGE: /v1 is gone; use /v2."),
        Commit('5', "Merge pull request #80 from acme/login"),
        Commit('6', "feat(auth): add login (#77)"),
        Commit('7', "Revert \"feat: add dark mode\"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567."),
        Commit('8', "update the readme"));
}

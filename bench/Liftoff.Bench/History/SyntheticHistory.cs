using System.Diagnostics;
using System.Globalization;
using Liftoff.TestSupport.Git;

namespace Liftoff.Bench.History;

/// <summary>
/// A repository with a release tag <c>v1.0.0</c> and then <c>count</c> conventional commits written at once by
/// <c>git fast-import</c> (the test harness's <see cref="GitFastImport"/>). The messages mix what real histories hold:
/// mostly <c>feat</c> and <c>fix</c> with and without scopes, chores and docs, bodies with trailers, squash-merge
/// <c>(#123)</c> suffixes, a few non-conventional subjects, git-style reverts and rare breaking changes.
/// </summary>
internal sealed class SyntheticHistory : IDisposable
{
    public const string Tag = "v1.0.0";

    private static readonly string[] Types =
        ["feat", "fix", "fix", "chore", "docs", "feat", "fix", "refactor", "test", "perf", "fix", "ci", "build", "feat", "fix", "style", "chore", "fix", "feat", "docs"];

    private static readonly string[] Scopes = ["api", "ui", "auth", "deploy", "cli", "config", "db"];

    private static readonly string[] Verbs = ["add", "handle", "remove", "rename", "speed up", "document", "guard", "support"];

    private SyntheticHistory(GitSandbox repository, int commits, TimeSpan generation)
    {
        Repository = repository;
        Commits = commits;
        Generation = generation;
    }

    public GitSandbox Repository { get; }

    public int Commits { get; }

    /// <summary>How long fast-import took to write the commits.</summary>
    public TimeSpan Generation { get; }

    public string Path => Repository.Path;

    public IReadOnlyDictionary<string, string?> Environment => Repository.Environment;

    public static SyntheticHistory Create(int commits)
    {
        var repository = GitSandbox.Create(new GitSandboxOptions
        {
            InitialCommit = true,
            // fast-import's own timeout grows with the count; this covers the rest (tag, reset, rev-parse).
            CommandTimeout = TimeSpan.FromMinutes(10),
        });
        try
        {
            repository.Tag(Tag, "Release 1.0.0");
            var stopwatch = Stopwatch.StartNew();
            repository.FastImport(commits, Message);
            stopwatch.Stop();
            return new SyntheticHistory(repository, commits, stopwatch.Elapsed);
        }
        catch
        {
            repository.Dispose();
            throw;
        }
    }

    /// <summary>The message of commit <paramref name="index"/> (0 is the oldest).</summary>
    public static string Message(int index)
    {
        var i = index.ToString(CultureInfo.InvariantCulture);
        if (index % 97 == 13)
        {
            return $"Update dependencies and tidy up ({i})";
        }

        if (index % 1000 == 777)
        {
            // A revert of a commit from before the range: it stays, and releases a patch.
            return $"Revert \"feat(ui): old experiment {i}\"\n\nThis reverts commit {index:x8}{new string('0', 32)}.";
        }

        if (index % 5000 == 4999)
        {
            return $"feat(api)!: drop the v1 endpoint {i}\n\nBREAKING CHANGE: /v1/items/{i} is gone; use /v2/items instead.\nClients must update.";
        }

        var type = Types[index % Types.Length];
        var scope = index % 3 == 0 ? "" : $"({Scopes[index % Scopes.Length]})";
        var subject = $"{type}{scope}: {Verbs[index % Verbs.Length]} item {i} in the {Scopes[(index / 7) % Scopes.Length]} module";
        if (index % 50 == 0)
        {
            subject += $" (#{(index / 50) + 100})";
        }

        return index % 4 == 1
            ? $"{subject}\n\nA longer explanation of change {i}: what was wrong, what changed and why,\nwrapped over two lines the way people write commit bodies.\n\nRefs: #{index % 1000}\nSigned-off-by: Dev {index % 17} <dev{index % 17}@example.com>"
            : subject;
    }

    public void Dispose() => Repository.Dispose();
}

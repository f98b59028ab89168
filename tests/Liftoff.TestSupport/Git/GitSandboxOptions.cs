namespace Liftoff.TestSupport.Git;

/// <summary>How a <see cref="GitSandbox"/> is set up. Every default is chosen so histories are reproducible.</summary>
public sealed class GitSandboxOptions
{
    /// <summary>The branch of the first commit, in the clone and in <c>origin</c>. Default <c>main</c>.</summary>
    public string DefaultBranch { get; init; } = "main";

    /// <summary>The author and committer name. Default <c>Liftoff Test</c>.</summary>
    public string UserName { get; init; } = "Liftoff Test";

    /// <summary>The author and committer email; <c>.invalid</c> so it can never reach anyone. Default <c>test@liftoff.invalid</c>.</summary>
    public string UserEmail { get; init; } = "test@liftoff.invalid";

    /// <summary>The instant of the first commit. Default <see cref="GitClock.DefaultStart"/>.</summary>
    public DateTimeOffset ClockStart { get; init; } = GitClock.DefaultStart;

    /// <summary>How far the clock moves per commit or annotated tag. Default <see cref="GitClock.DefaultStep"/>.</summary>
    public TimeSpan ClockStep { get; init; } = GitClock.DefaultStep;

    /// <summary>Make one commit (<c>chore: initial commit</c>, adding README.md) and push it. Default false: an empty repository.</summary>
    public bool InitialCommit { get; init; }

    /// <summary>How long one git command may run. Default two minutes.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromMinutes(2);
}

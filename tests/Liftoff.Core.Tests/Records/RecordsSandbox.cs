using Liftoff.Records.RefStore;
using Liftoff.TestSupport.Git;

namespace Liftoff.Core.Tests.Records;

/// <summary>Builds ref stores over sandbox clones.</summary>
internal static class RecordsSandbox
{
    public static GitRefStore Store(GitWorkingCopy copy, TimeProvider? clock = null) =>
        new(copy.Path, timeProvider: clock ?? new ManualTimeProvider(), environment: copy.Environment);

    /// <summary>A sandbox whose working clone has no <c>origin</c>: the embedded, local-only mode.</summary>
    public static GitSandbox LocalOnly()
    {
        var git = GitSandbox.Create();
        git.Git("remote", "remove", "origin");
        return git;
    }
}

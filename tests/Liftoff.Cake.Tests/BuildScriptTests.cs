using Liftoff.TestSupport;
using Liftoff.TestSupport.Processes;

namespace Liftoff.Cake.Tests;

/// <summary>Runs <c>./build.sh</c> as a child process, the way a user does, from a directory other than the root.</summary>
[Category("Slow")]
[NonParallelizable]
public sealed class BuildScriptTests
{
    [Test]
    public async Task BuildSh_Tree_ListsThisRepositorysTargets()
    {
        var result = await RunBuildScriptAsync("--tree");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StdOut, Does.Contain("Default\n└─ Test\n   └─ Build\n"));
        Assert.That(result.StdOut, Does.Contain("Clean"));
    }

    [Test]
    public async Task BuildSh_UnknownTarget_ExitsNonZeroWithHelpfulMessage()
    {
        var result = await RunBuildScriptAsync("--target=Tets");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.StdErr, Does.Contain("LIFTOFF0001: Unknown target 'Tets'. Did you mean 'Test'?"));
        Assert.That(result.StdOut.TrimEnd(), Does.EndWith("Did you mean 'Test'? Run with --tree or --description to list the targets."));
    }

    [Test]
    public async Task BuildSh_DryRunOfTest_ListsBuildThenTestAndRunsNothing()
    {
        var result = await RunBuildScriptAsync("--target=Test", "--dryrun");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StdOut, Does.Contain("1. Build\n2. Test\n"));
        Assert.That(result.StdOut, Does.Not.Contain("\u001b["), "redirected output has no control codes");
    }

    [Test]
    public async Task BuildSh_DotnetMissing_FailsClearly()
    {
        var result = await ProcessRunner.RunAsync(
            "/bin/bash",
            [Path.Combine(RepositoryRoot.Path, "build.sh"), "--tree"],
            environment: new Dictionary<string, string?> { ["PATH"] = "/usr/bin/no-such-dir:/bin-missing" });

        Assert.That(result.ExitCode, Is.EqualTo(127));
        Assert.That(result.StdErr, Does.Contain("'dotnet' was not found on PATH"));
    }

    private static Task<ProcessResult> RunBuildScriptAsync(params string[] args) =>
        ProcessRunner.RunAsync(
            Path.Combine(RepositoryRoot.Path, "build.sh"),
            args,
            workingDirectory: Path.GetTempPath(),
            timeout: TimeSpan.FromMinutes(5));
}

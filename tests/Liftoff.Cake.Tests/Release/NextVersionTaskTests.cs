using Liftoff.Cake.Pipeline;
using Liftoff.Cake.Tests.Support;
using Liftoff.Diagnostics;
using Liftoff.Git;
using Liftoff.TestSupport;
using Liftoff.TestSupport.Git;
using Liftoff.TestSupport.Processes;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Tests.Release;

public sealed class NextVersionTaskTests
{
    [Test]
    public async Task NextVersion_FeatAndFixSinceLastTag_LastLineIsTheMinorBump()
    {
        using var sandbox = GitSandbox.Create();
        sandbox.History().Commit("feat: first").Tag("v1.2.3").Commit("fix(auth): token refresh").Commit("feat: dark mode (#77)");
        using var harness = new HostHarness();

        var result = await RunAsync(harness, sandbox, "--target=Next-Version");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.LastLine, Is.EqualTo("next-version: 1.3.0"));
        Assert.That(result.Output, Does.Contain("Last release:  v1.2.3").And.Contain("minor: 1 feat, 1 fix"));
    }

    [Test]
    public async Task NextVersion_NothingReleasable_LastLineIsNone()
    {
        using var sandbox = GitSandbox.Create();
        sandbox.History().Commit("feat: first").Tag("v1.0.0").Commit("docs: readme").Commit("chore: tidy");
        using var harness = new HostHarness();

        var result = await RunAsync(harness, sandbox, "--target=Next-Version");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.LastLine, Is.EqualTo("next-version: none"));
    }

    [Test]
    public async Task NextVersion_NoTagsAndConfiguredFirstVersion_UsesTheConfiguredFirstVersion()
    {
        using var sandbox = GitSandbox.Create();
        sandbox.History().Commit("feat: first");
        using var harness = new HostHarness();

        var result = await RunAsync(harness, sandbox, "--target=Next-Version", "--release.firstVersion=0.1.0");

        Assert.That(result.LastLine, Is.EqualTo("next-version: 0.1.0"), result.ToString());
    }

    [Test]
    public async Task NextVersion_VersionOverride_IsUsedWhenValidAndRefusedWhenNot()
    {
        using var sandbox = GitSandbox.Create();
        sandbox.History().Commit("feat: first").Tag("v1.0.0").Commit("fix: y");
        using var harness = new HostHarness();

        var overridden = await RunAsync(harness, sandbox, "--target=Next-Version", "--version=2.0.0");
        using var second = new HostHarness();
        var invalid = await RunAsync(second, sandbox, "--target=Next-Version", "--version=2.0");

        Assert.That(overridden.LastLine, Is.EqualTo("next-version: 2.0.0"), overridden.ToString());
        Assert.That(invalid.ExitCode, Is.Not.Zero);
        Assert.That(invalid.Output, Does.Contain("2.0"));
    }

    [Test]
    public async Task NextVersion_DryRun_ComputesTheSameAnswer()
    {
        using var sandbox = GitSandbox.Create();
        sandbox.History().Commit("feat: first").Tag("v1.0.0").Commit("feat!: new api");
        using var harness = new HostHarness();

        var result = await RunAsync(harness, sandbox, "--target=Next-Version", "--dryrun");

        Assert.That(result.LastLine, Is.EqualTo("next-version: 2.0.0"), result.ToString());
    }

    [Test]
    public async Task NextVersion_NotAGitRepository_FailsNamingGit()
    {
        using var folder = TempDirectory.Create("not-git");
        using var harness = new HostHarness();

        var exitCode = await harness.CreateHost().UseLiftoffPipeline().RunAsync(["--target=Next-Version", $"--working={folder.Path}"]);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.TaskFailed));
        Assert.That(harness.Console.Output, Does.Contain("LIFTOFF0301"));
    }

    [Test]
    [Category("Slow")]
    [NonParallelizable]
    public async Task BuildSh_NextVersionOnAnotherRepository_AnswersInItsLastLine()
    {
        using var sandbox = GitSandbox.Create();
        sandbox.History().Commit("feat: first").Tag("v0.9.0").Commit("fix: one").Commit("perf: two");

        var result = await ProcessRunner.RunAsync(
            Path.Combine(RepositoryRoot.Path, "build.sh"),
            ["--target=Next-Version", $"--working={sandbox.Path}"],
            environment: sandbox.Environment,
            timeout: TimeSpan.FromMinutes(5));

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StdOut.TrimEnd().Split('\n')[^1], Is.EqualTo("next-version: 0.9.1"));
    }

    private static Task<HostResult> RunAsync(HostHarness harness, GitSandbox sandbox, params string[] args) =>
        harness.RunAsync(
            host => host
                .ConfigureServices(services => services.AddSingleton<IGitClientFactory>(new GitCliFactory(sandbox.Environment)))
                .UseLiftoffPipeline(),
            [.. args, $"--working={sandbox.Path}"]);
}

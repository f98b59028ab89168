using Liftoff.Cake.Pipeline;
using Liftoff.Cake.Tests.Support;
using Liftoff.Diagnostics;
using Liftoff.Git;
using Liftoff.TestSupport.Git;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Tests.Gates;

public sealed class CheckBranchTaskTests
{
    private GitSandbox _sandbox = null!;

    [SetUp]
    public void CreateSandbox()
    {
        _sandbox = GitSandbox.Create();
        _sandbox.History().Commit("feat: first").Tag("v1.4.5").Commit("fix: auth redirect").Commit("feat: dark mode").Push();
    }

    [TearDown]
    public void DisposeSandbox() => _sandbox.Dispose();

    [Test]
    public async Task CheckBranch_AllGood_PassesWithTheCommitCount()
    {
        var result = await RunAsync("--target=Check-Branch");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("Check-Branch: Pass · 2 commit(s) ahead of v1.4.5 · ").And.Contain("feat: dark mode"));
    }

    [Test]
    public async Task CheckBranch_BehindOrigin_FailsTheRun()
    {
        _sandbox.CloneAgain().History().Commit("fix: elsewhere").Push();

        var result = await RunAsync("--target=Check-Branch");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF1201: Check-Branch failed: 1 behind origin/main"));
    }

    [Test]
    public async Task CheckBranch_CustomReleaseBranchesAndRemote_AreHonoured()
    {
        _sandbox.History().Branch("release").Push();

        var result = await RunAsync("--target=Check-Branch", "--release.branches:0=release", "--gates.branch.remote=origin");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
    }

    [Test]
    public async Task CheckBranch_Disabled_IsSkipped()
    {
        _sandbox.WriteFile("dirty.txt", "x");

        var result = await RunAsync("--target=Check-Branch", "--gates.branch.enabled=false");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("Check-Branch: Skipped · - · gates.branch.enabled is false"));
    }

    private Task<HostResult> RunAsync(params string[] args)
    {
        using var harness = new HostHarness();
        return harness.RunAsync(
            host => host
                .ConfigureServices(services => services.AddSingleton<IGitClientFactory>(new GitCliFactory(_sandbox.Environment)))
                .UseLiftoffPipeline(),
            [$"--working={_sandbox.Path}", .. args]);
    }
}

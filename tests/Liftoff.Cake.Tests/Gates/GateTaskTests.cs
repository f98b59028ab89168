using Cake.Core;
using Liftoff.Cake.CommandLine;
using Liftoff.Cake.Tasks;
using Liftoff.Cake.Tasks.Gates;
using Liftoff.Cake.Tests.Support;
using Liftoff.Diagnostics;
using Liftoff.Gates;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Tests.Gates;

public sealed class GateTaskTests
{
    [Test]
    public async Task PreDeployChecks_OneGateFails_AllGatesRunThenTheTableShowsThemAndTheRunFails()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(Gates, "--target=Pre-Deploy-Checks", "--fail=Check-Alpha");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed), result.ToString());
        Assert.That(result.Output, Does.Match(@"Check-Alpha\s+✗ Fail\s+1 problem\s+told to fail"));
        Assert.That(result.Output, Does.Match(@"Check-Beta\s+✓ Pass\s+all good"));
        Assert.That(result.Output, Does.Match(@"Check-Off\s+- Skipped\s+-\s+gates\.off\.enabled is false"));
        Assert.That(result.Output, Does.Contain("LIFTOFF1200: 1 gate(s) failed: Check-Alpha: 1 problem: told to fail"));
    }

    [Test]
    public async Task PreDeployChecks_AllPass_PrintsTheTableAndSucceeds()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(Gates, "--target=Pre-Deploy-Checks");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("Gate").And.Contain("Verdict").And.Contain("Measured").And.Contain("Reason"));
    }

    [Test]
    public async Task GateAsTarget_Fails_RunFailsNamingTheGate()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(Gates, "--target=Check-Alpha", "--fail=Check-Alpha");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed));
        Assert.That(result.Output, Does.Contain("LIFTOFF1201: Check-Alpha failed: 1 problem: told to fail"));
    }

    [Test]
    public async Task Gate_ThrowsWhileChecking_IsAFailNeverAPass()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(Gates, "--target=Pre-Deploy-Checks", "--throw=Check-Beta");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed));
        Assert.That(result.Output, Does.Match(@"Check-Beta\s+✗ Fail\s+error\s+GitHub answered 500"));
    }

    [Test]
    public async Task PreDeployChecks_NoGate_FailsSafe()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.ConfigureServices(Shared).AddTask<PreDeployChecksTask>(), "--target=Pre-Deploy-Checks");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed));
        Assert.That(result.Output, Does.Contain("No gate ran"));
    }

    private static Liftoff.Cake.Hosting.LiftoffHost Gates(Liftoff.Cake.Hosting.LiftoffHost host) => host
        .ConfigureServices(Shared)
        .AddTask<PreDeployChecksTask>()
        .AddTask<AlphaGate>()
        .AddTask<BetaGate>()
        .AddTask<OffGate>();

    private static void Shared(IServiceCollection services) => services.AddSingleton<GateReport>();

    [TaskName("Check-Alpha")]
    [IsDependeeOf(typeof(PreDeployChecksTask))]
    public sealed class AlphaGate(GateReport report, ParsedCommandLine commandLine) : GateTask(report, commandLine)
    {
        protected override Task<GateResult> EvaluateAsync(ICakeContext context) => Task.FromResult(
            context.Arguments.GetArguments("fail").Contains(GateName)
                ? GateResult.Fail(GateName, "1 problem", "told to fail")
                : GateResult.Pass(GateName, "0 problems", "all good"));
    }

    [TaskName("Check-Beta")]
    [IsDependeeOf(typeof(PreDeployChecksTask))]
    public sealed class BetaGate(GateReport report, ParsedCommandLine commandLine) : GateTask(report, commandLine)
    {
        protected override Task<GateResult> EvaluateAsync(ICakeContext context) =>
            context.Arguments.GetArguments("throw").Contains(GateName)
                ? throw new InvalidOperationException("GitHub answered 500")
                : Task.FromResult(GateResult.Pass(GateName, "all good", "fine"));
    }

    [TaskName("Check-Off")]
    [IsDependeeOf(typeof(PreDeployChecksTask))]
    public sealed class OffGate(GateReport report, ParsedCommandLine commandLine) : GateTask(report, commandLine)
    {
        protected override Task<GateResult> EvaluateAsync(ICakeContext context) =>
            Task.FromResult(GateResult.Skipped(GateName, "gates.off.enabled is false"));
    }
}

using Cake.Core;
using Liftoff.Cake.Hosting;
using Liftoff.Cake.Tasks;
using Liftoff.Cake.Tests.Support;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Tests.Hosting;

/// <summary>The last line of a run: a task's own line, kept on failure or only on success, and the failure's exit code.</summary>
public sealed class ClosingLineTests
{
    [Test]
    public async Task RunAsync_SuccessLineThenALaterTaskFails_EndsWithTheFailureNotTheSuccessLine()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<Announce>().AddTask<FailAfterAnnounce>(), "--target=FailAfterAnnounce");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed));
        Assert.That(result.LastLine, Does.StartWith("Liftoff: failed (exit code 1): LIFTOFF9998: the build broke"));
    }

    [Test]
    public async Task RunAsync_SuccessLineAndTheRunSucceeds_EndsWithIt()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<Announce>(), "--target=Announce");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.LastLine, Is.EqualTo("next-version: 1.5.0"));
    }

    [Test]
    public async Task RunAsync_ClosingLineSetBeforeFailing_IsTheLastLineWithTheFailuresExitCode()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<Announce>().AddTask<RollBackAndFail>(), "--target=RollBackAndFail");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.RollbackFailed));
        Assert.That(result.Output, Does.Contain("LIFTOFF9997: rollback not verified"));
        Assert.That(result.LastLine, Is.EqualTo("Liftoff: ROLLBACK FAILED (exit code 4)"));
    }

    public sealed class Announce(RunSummary summary) : BuildTask
    {
        public override void Run(ICakeContext context) => summary.SetSuccessLine("next-version: 1.5.0");
    }

    [IsDependentOn(typeof(Announce))]
    public sealed class FailAfterAnnounce : BuildTask
    {
        public override void Run(ICakeContext context) =>
            throw new LiftoffException("LIFTOFF9998", ExitCodes.TaskFailed, "the build broke");
    }

    [IsDependentOn(typeof(Announce))]
    public sealed class RollBackAndFail(RunSummary summary) : BuildTask
    {
        public override void Run(ICakeContext context)
        {
            summary.SetClosingLine("Liftoff: ROLLBACK FAILED (exit code 4)");
            throw new LiftoffException("LIFTOFF9997", ExitCodes.RollbackFailed, "rollback not verified");
        }
    }
}

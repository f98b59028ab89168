using Cake.Core;
using Liftoff.Cake.Tasks;
using Liftoff.Cake.Tests.Support;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Tests.Hosting;

public sealed class ErrorHandlingTests
{
    [Test]
    public async Task RunAsync_TaskFails_StopsDependentsAndExitsNonZero()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<Broken>().AddTask<AfterBroken>(), "--target=AfterBroken");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed));
        Assert.That(result.Ran, Is.EqualTo(new[] { "Broken" }));
        Assert.That(result.Output, Does.Contain("disk on fire"));
        Assert.That(result.LastLine, Does.StartWith("Liftoff: failed (exit code 1)"));
    }

    [Test]
    public async Task RunAsync_TaskThrowsLiftoffException_ExitsWithItsExitCode()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<BadConfig>(), "--target=BadConfig");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ConfigurationInvalid));
        Assert.That(result.Output, Does.Contain("LIFTOFF9999: nope"));
    }

    [Test]
    public async Task RunAsync_OnErrorOverridden_HandlesErrorAndRunContinues()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<Recovering>().AddTask<AfterRecovering>(), "--target=AfterRecovering");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Ran, Is.EqualTo(new[] { "Recovering", "handled: flaky", "Recovering finally", "AfterRecovering" }));
    }

    [Test]
    public async Task RunAsync_FinallyOverriddenAndTaskFails_FinallyStillRuns()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<LockingDeploy>(), "--target=LockingDeploy");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed));
        Assert.That(result.Ran, Is.EqualTo(new[] { "LockingDeploy", "unlock" }));
    }

    [Test]
    public async Task RunAsync_ContinueOnError_DependentsStillRun()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<Optional>().AddTask<AfterOptional>(), "--target=AfterOptional");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Ran, Is.EqualTo(new[] { "Optional", "AfterOptional" }));
    }

    public sealed class Broken(ExecutionLog log) : RecordingTask(log)
    {
        public override void Run(ICakeContext context)
        {
            base.Run(context);
            throw new InvalidOperationException("disk on fire");
        }
    }

    [IsDependentOn(typeof(Broken))]
    public sealed class AfterBroken(ExecutionLog log) : RecordingTask(log);

    public sealed class BadConfig : BuildTask
    {
        public override void Run(ICakeContext context) =>
            throw new LiftoffException("LIFTOFF9999", ExitCodes.ConfigurationInvalid, "nope");
    }

    public sealed class Recovering(ExecutionLog log) : RecordingTask(log)
    {
        public override void Run(ICakeContext context)
        {
            base.Run(context);
            throw new InvalidOperationException("flaky");
        }

        public override void OnError(Exception exception, ICakeContext context) => Log.Add("handled: " + exception.Message);

        public override void Finally(ICakeContext context) => Log.Add("Recovering finally");
    }

    [IsDependentOn(typeof(Recovering))]
    public sealed class AfterRecovering(ExecutionLog log) : RecordingTask(log);

    public sealed class LockingDeploy(ExecutionLog log) : RecordingTask(log)
    {
        public override void Run(ICakeContext context)
        {
            base.Run(context);
            throw new InvalidOperationException("deploy failed");
        }

        public override void Finally(ICakeContext context) => Log.Add("unlock");
    }

    [ContinueOnError]
    public sealed class Optional(ExecutionLog log) : RecordingTask(log)
    {
        public override void Run(ICakeContext context)
        {
            base.Run(context);
            throw new InvalidOperationException("optional step failed");
        }
    }

    [IsDependentOn(typeof(Optional))]
    public sealed class AfterOptional(ExecutionLog log) : RecordingTask(log);
}

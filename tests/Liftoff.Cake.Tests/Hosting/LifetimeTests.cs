using Cake.Core;
using Liftoff.Cake.Hosting;
using Liftoff.Cake.Tasks;
using Liftoff.Cake.Tests.Support;

namespace Liftoff.Cake.Tests.Hosting;

public sealed class LifetimeTests
{
    [Test]
    public async Task RunAsync_WithLifetimes_SetupAndTeardownWrapTheRunAndEachTask()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(
            host => host.AddTask<First>().AddTask<Second>().UseLifetime<RunLifetime>().UseTaskLifetime<EachTaskLifetime>(),
            "--target=Second");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Ran, Is.EqualTo(new[]
        {
            "setup", "before First", "First", "after First", "before Second", "Second", "after Second", "teardown ok",
        }));
    }

    [Test]
    public async Task RunAsync_TaskFails_TeardownStillRunsAndSeesTheError()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<Failing>().UseLifetime<RunLifetime>(), "--target=Failing");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Ran, Is.EqualTo(new[] { "setup", "teardown failed" }));
    }

    public sealed class First(ExecutionLog log) : RecordingTask(log);

    [IsDependentOn(typeof(First))]
    public sealed class Second(ExecutionLog log) : RecordingTask(log);

    public sealed class Failing : BuildTask
    {
        public override void Run(ICakeContext context) => throw new InvalidOperationException("boom");
    }

    public sealed class RunLifetime(ExecutionLog log) : BuildLifetime<LiftoffContext>
    {
        public override void Setup(LiftoffContext context, ISetupContext info) => log.Add("setup");

        public override void Teardown(LiftoffContext context, ITeardownContext info) =>
            log.Add(info.Successful ? "teardown ok" : "teardown failed");
    }

    public sealed class EachTaskLifetime(ExecutionLog log) : TaskLifetime<LiftoffContext>
    {
        public override void Setup(LiftoffContext context, ITaskSetupContext info) => log.Add("before " + info.Task.Name);

        public override void Teardown(LiftoffContext context, ITaskTeardownContext info) => log.Add("after " + info.Task.Name);
    }
}

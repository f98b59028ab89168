using Cake.Core;
using Liftoff.Cake.Hosting;
using Liftoff.Cake.Tasks;
using Liftoff.Cake.Tests.Support;
using Liftoff.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Tests.Hosting;

public sealed class ContextTests
{
    [Test]
    public async Task RunAsync_TypedContext_IsBuiltByDependencyInjectionAndPassedToTasks()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(
            host => host
                .UseContext<ReleaseContext>()
                .ConfigureServices(services => services.AddSingleton(new Channel("beta")))
                .AddTask<ShowChannel>(),
            "--target=ShowChannel");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Ran, Is.EqualTo(new[] { "channel beta", $"cwd {harness.WorkingDirectory}" }));
    }

    [Test]
    public async Task RunAsync_TaskNeedsOtherContext_FailsBeforeRunningAnything()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<ShowChannel>(), "--target=ShowChannel");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(result.Output, Does.Contain("LIFTOFF0005: Task 'ShowChannel' needs a context of type"));
    }

    [Test]
    public async Task RunAsync_TwoTasksWithOneName_FailsNamingBoth()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<Twin>().AddTask<OtherTwin>(), "--target=Twin");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(result.Output, Does.Contain("LIFTOFF0004: Two tasks are named 'Twin'"));
    }

    public sealed record Channel(string Name);

    public sealed class ReleaseContext(ICakeContext context, Channel channel) : LiftoffContext(context)
    {
        public string Channel { get; } = channel.Name;
    }

    public sealed class ShowChannel(ExecutionLog log) : BuildTask<ReleaseContext>
    {
        public override void Run(ReleaseContext context)
        {
            log.Add("channel " + context.Channel);
            log.Add("cwd " + context.Environment.WorkingDirectory.FullPath);
        }
    }

    public sealed class Twin : BuildTask;

    [TaskName("Twin")]
    public sealed class OtherTwin : BuildTask;
}

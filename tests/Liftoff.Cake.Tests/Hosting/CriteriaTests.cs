using Cake.Core;
using Liftoff.Cake.Tasks;
using Liftoff.Cake.Tests.Support;

namespace Liftoff.Cake.Tests.Hosting;

public sealed class CriteriaTests
{
    [Test]
    public async Task RunAsync_ShouldRunSkipsWithReason_BodyDoesNotRunAndReasonIsShown()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<Audit>().AddTask<Ship>(), "--target=Ship");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Ran, Is.EqualTo(new[] { "Ship" }));
        Assert.That(result.Output, Does.Contain("Skipping task 'Audit': gates.security.enabled is false"));
        var reportRow = result.Output.Split('\n').Single(line => line.StartsWith("Audit", StringComparison.Ordinal));
        Assert.That(reportRow, Does.Contain("Skipped"), "Cake's report marks the task skipped");
    }

    [Test]
    public async Task RunAsync_ShouldRunFalseWithoutReason_ShowsADefaultReasonNamingTheTask()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<Quiet>().AddTask<AfterQuiet>(), "--target=AfterQuiet");

        Assert.That(result.Output, Does.Contain("Skipping task 'Quiet': Quiet.ShouldRun returned false"));
    }

    [Test]
    public async Task RunAsync_ShouldRunReadsArgument_RunsWhenArgumentAllows()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<Audit>().AddTask<Ship>(), "--target=Ship", "--audit=true");

        Assert.That(result.Ran, Is.EqualTo(new[] { "Audit", "Ship" }));
    }

    public sealed class Audit(ExecutionLog log) : RecordingTask(log)
    {
        public override bool ShouldRun(ICakeContext context) =>
            context.Arguments.HasArgument("audit") || Skip("gates.security.enabled is false");
    }

    [IsDependentOn(typeof(Audit))]
    public sealed class Ship(ExecutionLog log) : RecordingTask(log);

    public sealed class Quiet(ExecutionLog log) : RecordingTask(log)
    {
        public override bool ShouldRun(ICakeContext context) => false;
    }

    [IsDependentOn(typeof(Quiet))]
    public sealed class AfterQuiet(ExecutionLog log) : RecordingTask(log);
}

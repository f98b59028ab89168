using Liftoff.Cake.Tasks;
using Liftoff.Cake.Tests.Support;

namespace Liftoff.Cake.Tests.Hosting;

public sealed class DependencyOrderTests
{
    [Test]
    public async Task RunAsync_TargetWithDependencyChain_RunsDependenciesFirst()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<Package>().AddTask<Compile>().AddTask<Restore>(), "--target=Package");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Ran, Is.EqualTo(new[] { "Restore", "Compile", "Package" }));
    }

    [Test]
    public async Task RunAsync_TaskWithIsDependeeOf_RunsBeforeTheTaskItAttachesTo()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(
            host => host.AddTask<Package>().AddTask<Compile>().AddTask<Restore>().AddTask<Lint>(), "--target=Package");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Ran, Is.EqualTo(new[] { "Restore", "Lint", "Compile", "Package" }));
    }

    [Test]
    public async Task RunAsync_NoTargetGiven_RunsDefault()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<Restore>().AddTask<Default>());

        Assert.That(result.Ran, Is.EqualTo(new[] { "Restore", "Default" }));
    }

    [Test]
    public async Task RunAsync_Success_PrintsCakeReportAndClosingLine()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<Compile>().AddTask<Restore>(), "--target=Compile");

        Assert.That(result.Output, Does.Contain("Task").And.Contain("Duration").And.Contain("Restore"));
        Assert.That(result.LastLine, Does.StartWith("Liftoff: Compile succeeded in"));
    }

    public sealed class Restore(ExecutionLog log) : RecordingTask(log);

    [IsDependentOn(typeof(Restore))]
    public sealed class Compile(ExecutionLog log) : RecordingTask(log);

    [IsDependentOn(typeof(Compile))]
    public sealed class Package(ExecutionLog log) : RecordingTask(log);

    [IsDependeeOf(typeof(Compile))]
    [IsDependentOn(typeof(Restore))]
    public sealed class Lint(ExecutionLog log) : RecordingTask(log);

    [TaskName("Default")]
    [IsDependentOn(typeof(Restore))]
    public sealed class Default(ExecutionLog log) : RecordingTask(log);
}

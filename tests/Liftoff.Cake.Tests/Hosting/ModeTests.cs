using Cake.Core;
using Liftoff.Cake.Tasks;
using Liftoff.Cake.Tests.Support;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Tests.Hosting;

public sealed class ModeTests
{
    [Test]
    public async Task RunAsync_DryRun_ListsTasksInOrderAndRunsNoBody()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(Tasks, "--target=Publish", "--dryrun");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Ran, Is.Empty);
        Assert.That(result.Output, Does.Contain("1. Restore\n2. Compile\n3. Publish\n"));
        Assert.That(result.LastLine, Does.Contain("dry run finished"));
    }

    [Test]
    public async Task RunAsync_DryRun_RunsDryRunBodiesInsteadOfRunBodies()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => Tasks(host).AddTask<Tag>(), "--target=Tag", "--dryrun");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Ran, Is.EqualTo(new[] { "would tag v1.2.3" }));
        Assert.That(result.Output, Does.Contain("4. Tag"));
    }

    [Test]
    public async Task RunAsync_DryRunBodyFails_DryRunFailsEvenWithAnErrorHandler()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<BrokenPlan>(), "--target=BrokenPlan", "--dryrun");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed));
        Assert.That(result.Output, Does.Contain("cannot compute the plan"));
    }

    [Test]
    public async Task RunAsync_VersionWithValue_IsAnArgumentNotTheVersionSwitch()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => Tasks(host).AddTask<Tag>(), "--target=Tag", "--version=2.0.0");

        Assert.That(result.Ran, Does.Contain("tag v2.0.0"));
    }

    [Test]
    public async Task RunAsync_Exclusive_RunsOnlyTheTarget()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(Tasks, "--target=Publish", "--exclusive");

        Assert.That(result.Ran, Is.EqualTo(new[] { "Publish" }));
    }

    [Test]
    public async Task RunAsync_Tree_PrintsEachRootWithItsDependencies()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(Tasks, "--tree");

        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.Ran, Is.Empty);
        Assert.That(result.Output, Does.Contain("Publish\n└─ Compile\n   └─ Restore\n"));
        Assert.That(result.Output, Does.Contain("Clean\n"));
    }

    [Test]
    public async Task RunAsync_Description_PrintsEveryTaskWithItsDescription()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(Tasks, "--description");

        Assert.That(result.Output, Does.Match(@"Publish\s+Pushes the package to the feed\."));
        Assert.That(result.Output, Does.Contain("Restore"));
        Assert.That(result.Output, Does.Not.Contain("\u001b["), "no control codes");
    }

    [Test]
    public async Task RunAsync_UnknownTarget_ExitsWithBadInputAndSuggestsTheNearest()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(Tasks, "--target=Publsh");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(result.Ran, Is.Empty);
        Assert.That(result.Output, Does.Contain("LIFTOFF0001: Unknown target 'Publsh'. Did you mean 'Publish'?"));
    }

    [Test]
    public async Task RunAsync_UnknownTargetNothingClose_ListsTheKnownTargets()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(Tasks, "--target=No-Such-Target");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(result.Output, Does.Contain("Known: Clean, Compile, Publish, Restore."));
    }

    [Test]
    public async Task RunAsync_Version_PrintsLiftoffAndCakeVersions()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(Tasks, "--version");

        Assert.That(result.Output, Does.Match(@"^Liftoff \S+ \(Cake\.Core 7\.0\.0\)"));
    }

    private static Liftoff.Cake.Hosting.LiftoffHost Tasks(Liftoff.Cake.Hosting.LiftoffHost host) =>
        host.AddTask<Restore>().AddTask<Compile>().AddTask<Publish>().AddTask<Clean>();

    public sealed class Restore(ExecutionLog log) : RecordingTask(log);

    [IsDependentOn(typeof(Restore))]
    public sealed class Compile(ExecutionLog log) : RecordingTask(log)
    {
        public override void Run(ICakeContext context) => base.Run(context);
    }

    [TaskDescription("Pushes the package to the feed.")]
    [IsDependentOn(typeof(Compile))]
    public sealed class Publish(ExecutionLog log) : RecordingTask(log);

    public sealed class Clean(ExecutionLog log) : RecordingTask(log);

    [IsDependentOn(typeof(Publish))]
    public sealed class Tag(ExecutionLog log) : BuildTask
    {
        public override void Run(ICakeContext context) => log.Add("tag v" + context.Arguments.GetArguments("version").Single());

        public override void DryRun(ICakeContext context) => log.Add("would tag v1.2.3");
    }

    public sealed class BrokenPlan : BuildTask
    {
        public override void DryRun(ICakeContext context) => throw new InvalidOperationException("cannot compute the plan");

        public override void OnError(Exception exception, ICakeContext context)
        {
        }
    }
}

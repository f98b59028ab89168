using Cake.Core;
using Liftoff.Cake.Hosting;
using Liftoff.Cake.Tasks;
using Liftoff.Cake.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Tests.Hosting;

/// <summary>A registered <see cref="IStageSkip"/> skips whole stages with its reason, before any task of the stage is asked.</summary>
public sealed class StageSkipTests
{
    [Test]
    public async Task RunAsync_StageSkipped_ItsTasksNeitherRunNorAreAskedAndTheReasonIsShown()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(
            host => host.ConfigureServices(services => services.AddSingleton<IStageSkip>(new SkipStage("gates", "promoting an artifact")))
                .AddTask<Gate>().AddTask<Build>().AddTask<Ship>(),
            "--target=Ship");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Ran, Is.EqualTo(new[] { "Build", "Ship" }), "the gate's own ShouldRun would have recorded 'asked'");
        Assert.That(result.Output, Does.Contain("Skipping task 'Gate': promoting an artifact"));
        Assert.That(result.Output.Split('\n').Single(line => line.StartsWith("Gate ", StringComparison.Ordinal)), Does.Contain("Skipped"));
    }

    [Test]
    public async Task RunAsync_NoStageSkip_EveryStageRuns()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<Gate>().AddTask<Build>().AddTask<Ship>(), "--target=Ship");

        Assert.That(result.Ran, Is.EqualTo(new[] { "asked", "Gate", "Build", "Ship" }));
    }

    private sealed class SkipStage(string stage, string reason) : IStageSkip
    {
        public string? SkipReason(string asked, ICakeContext context) => asked == stage ? reason : null;
    }

    [PipelineStage("gates")]
    public sealed class Gate(ExecutionLog log) : RecordingTask(log)
    {
        public override bool ShouldRun(ICakeContext context)
        {
            Log.Add("asked");
            return true;
        }
    }

    [PipelineStage("build")]
    public sealed class Build(ExecutionLog log) : RecordingTask(log);

    [IsDependentOn(typeof(Gate))]
    [IsDependentOn(typeof(Build))]
    public sealed class Ship(ExecutionLog log) : RecordingTask(log);
}

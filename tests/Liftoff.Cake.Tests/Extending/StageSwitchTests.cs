using Liftoff.Cake.Tasks;
using Liftoff.Cake.Tests.Support;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Tests.Extending;

public sealed class StageSwitchTests
{
    [Test]
    public async Task RunAsync_StageSwitchedOffInTheFile_SkippedWithTheSettingAsReasonWhileItsDependenciesRun()
    {
        using var harness = new HostHarness();
        WriteConfig(harness, """{ "stages": { "Audit": false } }""");

        var result = await harness.RunAsync(Tasks, "--target=Ship");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Ran, Is.EqualTo(new[] { "Compile", "Ship" }));
        Assert.That(result.Output, Does.Contain("Skipping task 'Audit': switched off in configuration: stages.Audit is false (file liftoff.json:1)"));
        var reportRow = result.Output.Split('\n').Single(line => line.StartsWith("Audit", StringComparison.Ordinal));
        Assert.That(reportRow, Does.Contain("Skipped"));
    }

    [Test]
    public async Task RunAsync_StageSwitchedOnOrNotNamed_RunsAsUsual()
    {
        using var harness = new HostHarness();
        WriteConfig(harness, """{ "stages": { "audit": true } }""");

        var result = await harness.RunAsync(Tasks, "--target=Ship");

        Assert.That(result.Ran, Is.EqualTo(new[] { "Compile", "Audit", "Ship" }), result.ToString());
    }

    [Test]
    public async Task RunAsync_StageSwitchedOffByArgument_OverridesTheFile()
    {
        using var harness = new HostHarness();
        WriteConfig(harness, """{ "stages": { "Audit": true } }""");

        var result = await harness.RunAsync(Tasks, "--target=Ship", "--stages.Audit=false");

        Assert.That(result.Ran, Is.EqualTo(new[] { "Compile", "Ship" }), result.ToString());
        Assert.That(result.Output, Does.Contain("stages.Audit is false (argument --stages.Audit)"));
    }

    [Test]
    public async Task RunAsync_TheTargetItselfSwitchedOff_RunsItsDependenciesThenFailsAsCakeDoesForASkippedTarget()
    {
        using var harness = new HostHarness();
        WriteConfig(harness, """{ "stages": { "Ship": false } }""");

        var result = await harness.RunAsync(Tasks, "--target=Ship");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed), result.ToString());
        Assert.That(result.Ran, Is.EqualTo(new[] { "Compile", "Audit" }));
        Assert.That(result.LastLine, Does.Contain("Could not reach target 'Ship'").And.Contain("stages.Ship is false"));
    }

    [Test]
    public async Task RunAsync_UnknownStageName_FailsBeforeAnyTaskWithTheConfigurationExitCode()
    {
        using var harness = new HostHarness();
        WriteConfig(harness, """{ "stages": { "Audti": false } }""");

        var result = await harness.RunAsync(Tasks, "--target=Ship");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ConfigurationInvalid), result.ToString());
        Assert.That(result.Ran, Is.Empty);
        Assert.That(result.Output, Does.Contain("LIFTOFF1601: stages.Audti (file liftoff.json:1): no task is named 'Audti'."));
        Assert.That(result.Output, Does.Contain("'Audit'"), "suggests the near name");
    }

    [Test]
    public async Task Tree_UnknownStageName_StillListsTheTasksWithAWarning()
    {
        using var harness = new HostHarness();
        WriteConfig(harness, """{ "stages": { "Audti": false } }""");

        var result = await harness.RunAsync(Tasks, "--tree");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF1601").And.Contain("Ship"));
    }

    private static Liftoff.Cake.Hosting.LiftoffHost Tasks(Liftoff.Cake.Hosting.LiftoffHost host) =>
        host.AddTask<Compile>().AddTask<Audit>().AddTask<Ship>();

    private static void WriteConfig(HostHarness harness, string json) =>
        File.WriteAllText(Path.Combine(harness.WorkingDirectory, "liftoff.json"), json);

    public sealed class Compile(ExecutionLog log) : RecordingTask(log);

    [IsDependentOn(typeof(Compile))]
    public sealed class Audit(ExecutionLog log) : RecordingTask(log);

    [IsDependentOn(typeof(Audit))]
    public sealed class Ship(ExecutionLog log) : RecordingTask(log);
}

using Liftoff.Cake.Tasks;
using Liftoff.Cake.Tests.Support;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Tests.Build;

public sealed class CheckBuildTaskTests : BuildProductionFixture
{
    [Test]
    public async Task CheckBuild_WithinBudget_BuildsThenPasses()
    {
        WriteConfig("""{ "commands": ["mkdir -p {output}", "cp -r src/* {output}/"], "output": "dist", "budgetKilobytes": 500 }""");

        var result = await RunAsync("--target=Check-Build");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Match(@"Check-Build: Pass · \d+ B \(budget 500 KB\) · \d+ B gzip · 0 warnings · source maps ✓"));
    }

    [Test]
    public async Task CheckBuild_MsBuildStyleWarning_Fails()
    {
        WriteConfig("""
            { "commands": ["mkdir -p {output}", "cp -r src/* {output}/",
              "echo 'Program.cs(3,17): warning CS0168: The variable x is declared but never used [/repo/App.csproj]'"], "output": "dist" }
            """);

        var result = await RunAsync("--target=Check-Build");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF1201: Check-Build failed: ").And.Contain("1 warning").And.Contain("warning CS0168"));
    }

    [Test]
    public async Task CheckBuild_FailsInsideAChain_StopsTheRunBeforeTheNextStage()
    {
        WriteConfig("""
            { "commands": ["mkdir -p {output}", "cp -r src/* {output}/",
              "echo 'Program.cs(3,17): warning CS0168: The variable x is declared but never used [/repo/App.csproj]'"], "output": "dist" }
            """);

        var result = await RunAsync(host => host.AddTask<AfterCheckBuild>(), "--target=After-Check-Build");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed), result.ToString());
        Assert.That(result.Ran, Is.Empty, "the stage after Check-Build did not run");
    }

    [TaskName("After-Check-Build")]
    [IsDependentOn("Check-Build")]
    public sealed class AfterCheckBuild(ExecutionLog log) : RecordingTask(log);

    [Test]
    public async Task CheckBuild_PerGlobBudget_FailsNamingTheGlob()
    {
        WriteConfig("""{ "commands": ["mkdir -p {output}", "cp -r src/* {output}/"], "output": "dist", "budgets": [ { "glob": "js/*.js", "kilobytes": 0, "gzipKilobytes": 0 }, { "glob": "**/*.map", "kilobytes": 1 } ] }""");
        Sandbox.WriteFile("src/js/app.js.map", new string('x', 2048));

        var result = await RunAsync("--target=Check-Build");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed), result.ToString());
        Assert.That(result.Output, Does.Contain("'**/*.map' (1 file(s)) is 2 KB, over its budget of 1 KB (build.budgets[1].kilobytes)"));
    }

    [Test]
    public async Task CheckBuild_DryRun_IsSkippedAndBuildsNothing()
    {
        var result = await RunAsync("--target=Check-Build", "--dryrun");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("Check-Build: Skipped"));
        Assert.That(Directory.Exists(Path.Combine(Sandbox.Path, "artifacts")), Is.False);
    }

    [Test]
    public async Task CheckBuild_Exclusive_FailsSafeWithoutABuild()
    {
        var result = await RunAsync("--target=Check-Build", "--exclusive");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed), result.ToString());
        Assert.That(result.Output, Does.Contain("Build-Production did not run in this run"));
    }
}

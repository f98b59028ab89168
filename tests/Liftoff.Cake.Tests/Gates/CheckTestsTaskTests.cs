using Liftoff.Cake.Pipeline;
using Liftoff.Cake.Tests.Support;
using Liftoff.Diagnostics;
using Liftoff.TestSupport;

namespace Liftoff.Cake.Tests.Gates;

public sealed class CheckTestsTaskTests
{
    internal static string Fixture(string folder, string name) =>
        Path.Combine(RepositoryRoot.Path, "tests", "Liftoff.Core.Tests", "Gates", folder, "Fixtures", name);

    [Test]
    public async Task CheckTests_CommandWritesPassingTrx_PassesWithTheCounts()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.UseLiftoffPipeline(),
            "--target=Check-Tests", $"--gates.tests.command=cp '{Fixture("Tests", "passing.trx")}' {{results}}/");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("Check-Tests: Pass · 2/3 passed, 1 skipped"));
        Assert.That(File.Exists(Path.Combine(harness.WorkingDirectory, "artifacts", "test-results", "passing.trx")));
    }

    [Test]
    public async Task CheckTests_AFailedTest_FailsTheRunNamingTheCount()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.UseLiftoffPipeline(),
            "--target=Check-Tests", $"--gates.tests.command=cp '{Fixture("Tests", "failing.junit.xml")}' {{results}}/; exit 1");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF1201: Check-Tests failed: 2/3 passed, 0 skipped: 1 test(s) failed"));
    }

    [Test]
    public async Task PreDeployChecks_CommandWritesNoResults_TheTableShowsTheFail()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.UseLiftoffPipeline(),
            "--target=Pre-Deploy-Checks", "--gates.tests.command=echo no results");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed), result.ToString());
        Assert.That(result.Output, Does.Match(@"Check-Tests\s+✗ Fail\s+0/0 passed, 0 skipped\s+the test command \(exit code 0\) wrote no TRX or JUnit file"));
    }

    [Test]
    public async Task CheckTests_Disabled_IsSkipped()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.UseLiftoffPipeline(), "--target=Check-Tests", "--gates.tests.enabled=false");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("Check-Tests: Skipped · - · gates.tests.enabled is false"));
    }
}

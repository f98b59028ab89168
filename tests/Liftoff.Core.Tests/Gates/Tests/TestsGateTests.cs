using Liftoff.TestSupport.Dotnet;
using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Gates;
using Liftoff.Gates.Tests;
using Liftoff.TestSupport;

namespace Liftoff.Core.Tests.Gates.Tests;

public sealed class TestsGateTests
{
    private TempDirectory _working = null!;

    [SetUp]
    public void CreateWorkingFolder() => _working = TempDirectory.Create("tests gate");

    [TearDown]
    public void DisposeWorkingFolder() => _working.Dispose();

    /// <summary>A recorded result file under this folder's Fixtures.</summary>
    public static string Fixture(string name) =>
        Path.Combine(RepositoryRoot.Path, "tests", "Liftoff.Core.Tests", "Gates", "Tests", "Fixtures", name);

    [Test]
    public async Task Evaluate_CommandWritesPassingTrx_Passes()
    {
        var result = await EvaluateAsync($"cp '{Fixture("passing.trx")}' {{results}}/");

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), result.ToString());
        Assert.That(result.Measured, Is.EqualTo("2/3 passed, 1 skipped"));
        Assert.That(result.Values["resultFiles"], Is.EqualTo("passing.trx"));
    }

    [Test]
    public async Task Evaluate_JUnitWithAFailureAndCommandExitingNonZero_FailsWithTheCount()
    {
        var result = await EvaluateAsync($"cp '{Fixture("passing.trx")}' '{Fixture("failing.junit.xml")}' {{results}}/ && exit 1");

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Measured, Is.EqualTo("4/6 passed, 1 skipped"));
        Assert.That(result.Reason, Is.EqualTo("1 test(s) failed"));
        Assert.That(result.Values["failed"], Is.EqualTo("1"));
    }

    [Test]
    public async Task Evaluate_CommandWritesNoResults_FailsWithItsOutput()
    {
        var result = await EvaluateAsync("echo 'tests are somewhere else'");

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Reason, Does.Contain("wrote no TRX or JUnit file").And.Contain("tests are somewhere else"));
    }

    [Test]
    public async Task Evaluate_ZeroTests_FailsNeverPasses()
    {
        var result = await EvaluateAsync($"cp '{Fixture("empty.junit.xml")}' {{results}}/");

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Reason, Does.StartWith("no tests ran"));
    }

    [Test]
    public async Task Evaluate_CommandFailsButResultsShowNoFailure_Fails()
    {
        var result = await EvaluateAsync($"cp '{Fixture("passing.trx")}' {{results}}/; echo 'coverage below 80%' >&2; exit 3");

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Reason, Does.StartWith("the test command exited 3 although its results show no failed test").And.Contain("coverage below 80%"));
    }

    [Test]
    public async Task Evaluate_OldResultsInTheFolder_AreClearedBeforeTheRun()
    {
        _working.WriteFile("artifacts/test-results/old.trx", File.ReadAllText(Fixture("passing.trx")));

        var result = await EvaluateAsync("true");

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Reason, Does.Contain("wrote no TRX or JUnit file"));
    }

    [Test]
    public async Task Evaluate_ResultsFolderWithSpaces_IsQuotedForTheShell()
    {
        var options = new TestsGateOptions { Command = $"cp '{Fixture("passing.trx")}' {{results}}/", ResultsDirectory = "my results/it's here" };

        var result = await new TestsGate(options).EvaluateAsync(_working.Path);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), result.ToString());
        Assert.That(File.Exists(_working.Combine("my results", "it's here", "passing.trx")));
    }

    [Test]
    public async Task Evaluate_RunsInTheWorkingDirectory()
    {
        _working.WriteFile("ci/result.xml", File.ReadAllText(Fixture("failing.junit.xml")));

        var result = await EvaluateAsync("cp ci/result.xml {results}/");

        Assert.That(result.Values["total"], Is.EqualTo("3"));
    }

    [Test]
    public void Evaluate_MalformedResultFile_ThrowsSoTheGateFails()
    {
        var error = Assert.ThrowsAsync<LiftoffException>(() => EvaluateAsync("echo '<TestRun' > {results}/broken.trx"));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.TestResultsUnreadable));
    }

    [Test]
    public void Evaluate_Cancelled_StopsTheCommand()
    {
        var gate = new TestsGate(new TestsGateOptions { Command = "sleep 30" });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        Assert.CatchAsync<OperationCanceledException>(() => gate.EvaluateAsync(_working.Path, cancel.Token));
    }

    [Test]
    public void GateProcess_RunsPastItsTimeout_ThrowsWithTheOutputSoFar()
    {
        var error = Assert.ThrowsAsync<LiftoffException>(() =>
            GateProcess.RunAsync("/bin/sh", ["-c", "echo started; sleep 30"], _working.Path, TimeSpan.FromMilliseconds(500), CancellationToken.None));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.GateCommandTimedOut));
        Assert.That(error.Message, Does.Contain("sleep 30").And.Contain("s and was killed").And.Contain("started"));
    }

    [Test]
    public async Task Evaluate_Disabled_IsSkippedWithTheSetting()
    {
        var result = await new TestsGate(new TestsGateOptions { Enabled = false, Command = "exit 1" }).EvaluateAsync(_working.Path);

        Assert.That((result.Gate, result.Verdict, result.Reason), Is.EqualTo(("Check-Tests", Verdict.Skipped, "gates.tests.enabled is false")));
    }

    private Task<GateResult> EvaluateAsync(string command) =>
        new TestsGate(new TestsGateOptions { Command = command }).EvaluateAsync(_working.Path);
}

[Category("Slow")]
public sealed class TestsGateSandboxTests
{
    [Test]
    public async Task Evaluate_RealNUnitSolutionWithAFailingTest_FailsCountingFromTrx()
    {
        using var sandbox = TempDirectory.Create("nunit sandbox");
        DotnetSandbox.WriteNUnitSolution(sandbox.Path);

        var result = await new TestsGate(new TestsGateOptions()).EvaluateAsync(sandbox.Path);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail), result.ToString());
        Assert.That(result.Measured, Is.EqualTo("1/2 passed, 0 skipped"));
        Assert.That(result.Reason, Is.EqualTo("1 test(s) failed"));
        Assert.That(result.Values["resultFiles"], Does.EndWith(".trx"));
    }
}

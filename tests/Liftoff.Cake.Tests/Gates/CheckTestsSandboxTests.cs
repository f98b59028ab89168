using Liftoff.Cake.Pipeline;
using Liftoff.Cake.Tests.Support;
using Liftoff.Diagnostics;
using Liftoff.TestSupport;
using Liftoff.TestSupport.Dotnet;

namespace Liftoff.Cake.Tests.Gates;

/// <summary>The real <c>dotnet test</c> on a sandbox NUnit solution (.slnx) with one passing and one failing test.</summary>
[Category("Slow")]
public sealed class CheckTestsSandboxTests
{
    [Test]
    public async Task CheckTests_SandboxSolutionWithAFailingTest_ExitsNonZeroNamingTheFailedCount()
    {
        using var sandbox = TempDirectory.Create("nunit sandbox");
        DotnetSandbox.WriteNUnitSolution(sandbox.Path);
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.UseLiftoffPipeline(), $"--working={sandbox.Path}", "--target=Check-Tests");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF1201: Check-Tests failed: 1/2 passed, 0 skipped: 1 test(s) failed"));
    }
}

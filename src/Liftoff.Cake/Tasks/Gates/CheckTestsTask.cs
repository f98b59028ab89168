using Cake.Core;
using Liftoff.Cake.CommandLine;
using Liftoff.Configuration;
using Liftoff.Gates;
using Liftoff.Gates.Tests;

namespace Liftoff.Cake.Tasks.Gates;

/// <summary>Runs the test command and passes only when every test that ran passed, counted from TRX or JUnit files.</summary>
[TaskName(TestsGate.Name)]
[TaskDescription("Runs the test command (gates.tests.command) and fails on any failed test, zero tests, or no TRX/JUnit result file.")]
[IsDependeeOf(typeof(PreDeployChecksTask))]
public sealed class CheckTestsTask(LoadedConfiguration configuration, GateReport report, ParsedCommandLine commandLine) : GateTask(report, commandLine)
{
    /// <inheritdoc />
    protected override Task<GateResult> EvaluateAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new TestsGate(configuration.Options.Gates.Tests).EvaluateAsync(context.Environment.WorkingDirectory.FullPath);
    }
}

using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.CommandLine;
using Liftoff.Diagnostics;
using Liftoff.Gates;

namespace Liftoff.Cake.Tasks.Gates;

/// <summary>
/// The base of every gate. A gate evaluates, records its verdict in the run's <see cref="GateReport"/> and logs
/// it. When the gate is itself the target it fails the run on a Fail; inside the pipeline it lets the other gates
/// run so that <c>Pre-Deploy-Checks</c> can show every verdict at once and then stop the run before anything is
/// built. An exception while evaluating is a Fail with the error as its reason, never a Pass.
/// </summary>
[PipelineStage(PipelineStages.Gates)]
public abstract class GateTask(GateReport report, ParsedCommandLine commandLine) : AsyncBuildTask
{
    /// <summary>The gate's target name, as in <see cref="TaskNameAttribute"/>.</summary>
    protected string GateName => TaskNames.Of(GetType());

    /// <inheritdoc />
    public sealed override async Task RunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        GateResult result;
        try
        {
            result = await EvaluateAsync(context).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            result = GateResult.Fail(GateName, "error", error.Message);
        }

        report.Record(result);
        context.Log.Information("{0}: {1} · {2} · {3}", result.Gate, result.Verdict, result.Measured, result.Reason);
        if (result.Verdict == Verdict.Fail && (StopsRunOnFail || commandLine.Targets.Contains(GateName, StringComparer.OrdinalIgnoreCase)))
        {
            throw new LiftoffException(DiagnosticCodes.GateFailed, ExitCodes.TaskFailed,
                string.Create(CultureInfo.InvariantCulture, $"{result.Gate} failed: {result.Measured}: {result.Reason}"));
        }
    }

    /// <summary>
    /// Whether a Fail stops the run even when the gate is not the target. False for the pre-deploy gates, which let
    /// each other run so Pre-Deploy-Checks can show every verdict; true for a gate nothing gathers after it.
    /// </summary>
    protected virtual bool StopsRunOnFail => false;

    /// <summary>Checks and returns the verdict. Gates only read, so the dry run evaluates too.</summary>
    public sealed override Task DryRunAsync(ICakeContext context) => RunAsync(context);

    /// <summary>
    /// The gate's check. Throwing is a Fail with the error's message as the reason. A gate switched off in
    /// configuration returns <see cref="GateResult.Skipped"/> with the setting as the reason, rather than overriding
    /// ShouldRun, so that the table still shows it.
    /// </summary>
    protected abstract Task<GateResult> EvaluateAsync(ICakeContext context);
}

using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;

namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>
/// A canary that ended at 0%: its analysis failed at a step (<see cref="DiagnosticCodes.CanaryAborted"/>) or
/// <c>Abort-&lt;Env&gt;</c> stopped it (<see cref="DiagnosticCodes.CanaryAbortedManually"/>). The stable version
/// serves everything again. It carries the steps and the failing verdict's values for the ledger.
/// </summary>
public sealed class CanaryAbortedException : LiftoffException
{
    /// <summary>Creates the error.</summary>
    public CanaryAbortedException(string code, string message, IReadOnlyList<TrafficStep> traffic, IReadOnlyDictionary<string, double> values)
        : base(code, ExitCodes.TaskFailed, message)
    {
        Traffic = traffic;
        Values = values;
    }

    /// <summary>Every weight change and verdict of the canary, the abort last.</summary>
    public IReadOnlyList<TrafficStep> Traffic { get; }

    /// <summary>The failing analysis' values (empty for a manual abort).</summary>
    public IReadOnlyDictionary<string, double> Values { get; }
}

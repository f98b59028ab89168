using Liftoff.Diagnostics;

namespace Liftoff.Validation;

/// <summary>Everything a validation found: readiness, each round of checks, the verdict and a one-line summary.</summary>
/// <param name="EnvironmentUrl">The environment validated.</param>
/// <param name="Readiness">The wait for the expected version marker.</param>
/// <param name="Rounds">Every round run; empty when readiness failed.</param>
/// <param name="Verdict">Pass only when readiness passed and no more rounds failed than the failure limit allows.</param>
/// <param name="Summary">One line: "10/10 smoke checks · error rate 0.01% · p95 180 ms · observed 3×10 s".</param>
/// <param name="Duration">How long the whole validation took.</param>
public sealed record ValidationReport(
    Uri EnvironmentUrl, ReadinessResult Readiness, IReadOnlyList<RoundResult> Rounds,
    ValidationVerdict Verdict, string Summary, TimeSpan Duration)
{
    /// <summary>True when the verdict is Pass.</summary>
    public bool Passed => Verdict == ValidationVerdict.Pass;

    /// <summary>Every failed check in every round, readiness first, each with its round number (0 for readiness).</summary>
    public IReadOnlyList<(int Round, CheckResult Check)> Failures =>
        (Readiness.Passed ? [] : new[] { (0, Readiness.AsCheck()) })
            .Concat(Rounds.SelectMany(r => r.Failures.Select(c => (r.Number, c))))
            .ToList();

    /// <summary>Returns when the verdict is Pass; otherwise throws with the summary and every failed check.</summary>
    /// <exception cref="LiftoffException">
    /// <see cref="DiagnosticCodes.ValidationNotServed"/> when readiness failed, else <see cref="DiagnosticCodes.ValidationFailed"/>;
    /// exit code <see cref="ExitCodes.TaskFailed"/>.
    /// </exception>
    public void EnsurePassed()
    {
        if (Passed)
        {
            return;
        }

        var code = Readiness.Passed ? DiagnosticCodes.ValidationFailed : DiagnosticCodes.ValidationNotServed;
        var lines = Failures.Select(f => (f.Round == 0 ? "readiness" : $"round {f.Round}") + ": " + f.Check);
        throw new LiftoffException(code, ExitCodes.TaskFailed,
            $"validation of {EnvironmentUrl} failed: {Summary}\n  " + string.Join("\n  ", lines));
    }
}

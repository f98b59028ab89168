using Liftoff.Diagnostics;

namespace Liftoff.Validation;

/// <summary>Everything a validation found: readiness, each round of checks, the verdict and a one-line summary.</summary>
/// <param name="EnvironmentUrl">The environment validated.</param>
/// <param name="Readiness">The wait for the expected version marker.</param>
/// <param name="Rounds">Every round run; empty when readiness failed.</param>
/// <param name="Verdict">
/// Pass, Degraded (within every fail threshold, with warnings or tolerated failures), Fail, or Inconclusive (only when
/// <see cref="Configuration.ValidationOptions.InconclusiveAsFail"/> is false; otherwise it is reported as a Fail).
/// </param>
/// <param name="Summary">One line: "10/10 smoke checks · error rate 0.01% · p95 180 ms · observed 3×10 s".</param>
/// <param name="Duration">How long the whole validation took.</param>
public sealed record ValidationReport(
    Uri EnvironmentUrl, ReadinessResult Readiness, IReadOnlyList<RoundResult> Rounds,
    ValidationVerdict Verdict, string Summary, TimeSpan Duration)
{
    /// <summary>Why the verdict is not a plain Pass, with the measured values; null for a Pass.</summary>
    public string? Reason { get; init; }

    /// <summary>True when the version may stay: the verdict is Pass or Degraded.</summary>
    public bool Passed => Verdict is ValidationVerdict.Pass or ValidationVerdict.Degraded;

    /// <summary>True when the verdict is Fail: the version should be rolled back.</summary>
    public bool Failed => Verdict == ValidationVerdict.Fail;

    /// <summary>Every failed or unmeasured check in every round, readiness first, each with its round number (0 for readiness).</summary>
    public IReadOnlyList<(int Round, CheckResult Check)> Failures =>
        (Readiness.Passed ? [] : new[] { (0, Readiness.AsCheck()) })
            .Concat(Rounds.SelectMany(r => r.Failures.Select(c => (r.Number, c))))
            .ToList();

    /// <summary>
    /// One line per check that was not a plain Pass, in every round, with its measured value: "round 2: ✗ GET /health:
    /// 500 in 3 ms — status 500, expected 200". What the ledger keeps and the output shows.
    /// </summary>
    public IReadOnlyList<string> Findings =>
        [.. Failures.Select(f => Line(f.Round, f.Check))
            .Concat(Rounds.SelectMany(r => r.Checks.Where(c => c.Verdict == ValidationVerdict.Degraded).Select(c => Line(r.Number, c))))];

    /// <summary>Returns unless the verdict is Fail; then throws with the summary and every finding.</summary>
    /// <exception cref="LiftoffException">
    /// <see cref="DiagnosticCodes.ValidationNotServed"/> when readiness failed, else <see cref="DiagnosticCodes.ValidationFailed"/>;
    /// exit code <see cref="ExitCodes.TaskFailed"/>.
    /// </exception>
    public void EnsurePassed()
    {
        if (!Failed)
        {
            return;
        }

        var code = Readiness.Passed ? DiagnosticCodes.ValidationFailed : DiagnosticCodes.ValidationNotServed;
        throw new LiftoffException(code, ExitCodes.TaskFailed,
            $"validation of {EnvironmentUrl} failed: {Summary}\n  " + string.Join("\n  ", Findings));
    }

    private static string Line(int round, CheckResult check) => (round == 0 ? "readiness" : $"round {round}") + ": " + check;
}

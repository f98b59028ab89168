using System.Globalization;
using Liftoff.Configuration;

namespace Liftoff.Gates.Tests;

/// <summary>
/// The <c>Check-Tests</c> gate: runs the configured test command into a freshly emptied results folder, then counts
/// from the TRX and JUnit files it wrote, never from the runner's console (VSTest's summary line is not one CI can
/// read reliably). Fail-safe: a failed test, zero tests, no result file, or a failing command the results do not
/// explain is a Fail.
/// </summary>
public sealed class TestsGate(TestsGateOptions options)
{
    /// <summary>The gate's target name.</summary>
    public const string Name = "Check-Tests";

    /// <summary>Runs the command in <paramref name="workingDirectory"/> and judges its results.</summary>
    public async Task<GateResult> EvaluateAsync(string workingDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workingDirectory);
        if (!options.Enabled)
        {
            return GateResult.Skipped(Name, "gates.tests.enabled is false");
        }

        // Emptied first: results left from an earlier run must never count for this one.
        var results = Path.GetFullPath(Path.Combine(workingDirectory, options.ResultsDirectory));
        if (Directory.Exists(results))
        {
            Directory.Delete(results, recursive: true);
        }

        Directory.CreateDirectory(results);
        var command = options.Command.Replace("{results}", ShellQuote(results), StringComparison.Ordinal);
        var run = await GateProcess.RunAsync("/bin/sh", ["-c", command], workingDirectory, TimeSpan.FromMinutes(options.TimeoutMinutes), cancellationToken)
            .ConfigureAwait(false);
        var read = TestResultFiles.Read(results);
        return Judge(run, read, results);
    }

    private static GateResult Judge(GateProcessResult run, TestResultFiles read, string results)
    {
        var summary = read.Summary;
        var values = new Dictionary<string, string>
        {
            ["passed"] = Invariant(summary.Passed),
            ["failed"] = Invariant(summary.Failed),
            ["skipped"] = Invariant(summary.Skipped),
            ["total"] = Invariant(summary.Total),
            ["exitCode"] = Invariant(run.ExitCode),
            ["resultFiles"] = string.Join(", ", read.Files),
        };
        var measured = string.Create(CultureInfo.InvariantCulture, $"{summary.Passed}/{summary.Total} passed, {summary.Skipped} skipped");

        GateResult Verdict(bool pass, string reason) =>
            (pass ? GateResult.Pass(Name, measured, reason) : GateResult.Fail(Name, measured, reason)) with { Values = values };

        if (read.Files.Count == 0)
        {
            return Verdict(false, string.Create(CultureInfo.InvariantCulture,
                $"the test command (exit code {run.ExitCode}) wrote no TRX or JUnit file into {results}; make it write results to {{results}}{run.Tail()}"));
        }

        if (summary.Failed > 0)
        {
            return Verdict(false, string.Create(CultureInfo.InvariantCulture, $"{summary.Failed} test(s) failed"));
        }

        if (!summary.AnyRan)
        {
            return Verdict(false, "no tests ran: zero tests is never a pass");
        }

        if (run.ExitCode != 0)
        {
            return Verdict(false, string.Create(CultureInfo.InvariantCulture,
                $"the test command exited {run.ExitCode} although its results show no failed test{run.Tail()}"));
        }

        return Verdict(true, string.Create(CultureInfo.InvariantCulture, $"{summary.Failed} failed, from {read.Files.Count} result file(s)"));
    }

    // The folder goes through /bin/sh, so a space or quote in it must not split or end the word.
    private static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}

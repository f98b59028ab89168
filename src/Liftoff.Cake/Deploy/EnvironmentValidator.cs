using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Artifacts;
using Liftoff.Configuration;
using Liftoff.Records.Ledger;
using Liftoff.Validation;

namespace Liftoff.Cake.Deploy;

/// <summary>
/// Runs an environment's declared checks (readiness for the expected marker, then the observation window) and turns
/// the report into output people can act on and a ledger record. <c>Validate-&lt;Env&gt;</c> uses it on demand,
/// <see cref="DeployFlow"/> after the switch, and <see cref="EnvironmentRollback"/> to verify what it restored.
/// </summary>
public sealed class EnvironmentValidator(EnvironmentServices services)
{
    /// <summary>
    /// Validates <paramref name="environment"/> expecting it to serve <paramref name="expected"/>; null when there is
    /// nothing to run (no URL, or <c>validation.enabled</c> false), so only a marker read back can decide.
    /// </summary>
    /// <param name="context">The run's context, for the log.</param>
    /// <param name="environment">The environment.</param>
    /// <param name="expected">The marker the served version must carry (version and content sha256).</param>
    /// <param name="title">What is being validated, for the output: "Validate production", "Verify rollback".</param>
    public async Task<ValidationReport?> CheckAsync(ICakeContext context, EnvironmentOptions environment, VersionMarker expected, string title)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(expected);
        if (environment.Url is null || !environment.Validation.Enabled)
        {
            context.Log.Information("{0}: {1}, so only the version marker is compared.",
                title, environment.Validation.Enabled ? "no URL to check" : "validation.enabled is false");
            return null;
        }

        using var http = new HttpClient();
        var progress = new RoundLog(context, title);
        var report = await new ValidationRunner(http, services.Time, progress).RunAsync(environment.Url, expected, environment.Validation)
            .ConfigureAwait(false);
        Print(context, title, report);
        return report;
    }

    /// <summary>The ledger outcome of a verdict: Pass and Degraded validate, Fail fails, Inconclusive (kept) stays deployed.</summary>
    public static DeploymentOutcome OutcomeOf(ValidationReport? report) => report?.Verdict switch
    {
        null or ValidationVerdict.Pass or ValidationVerdict.Degraded => DeploymentOutcome.Validated,
        ValidationVerdict.Inconclusive => DeploymentOutcome.Deployed,
        _ => DeploymentOutcome.Failed,
    };

    /// <summary>
    /// The numbers a record keeps: rounds, seconds, the verdict as flags (<c>validation.degraded</c>,
    /// <c>validation.inconclusive</c>) and every check's values, last round winning (<c>GET /health.status</c>).
    /// </summary>
    public static Dictionary<string, double> Measurements(ValidationReport? report, string prefix = "validation")
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        if (report is null)
        {
            return values;
        }

        values[prefix + ".rounds"] = report.Rounds.Count;
        values[prefix + ".seconds"] = Math.Round(report.Duration.TotalSeconds, 3);
        values[prefix + ".readinessSeconds"] = Math.Round(report.Readiness.Elapsed.TotalSeconds, 3);
        if (report.Verdict is ValidationVerdict.Degraded or ValidationVerdict.Inconclusive)
        {
            values[prefix + "." + report.Verdict.Word()] = 1;
        }

        foreach (var check in report.Rounds.SelectMany(round => round.Checks))
        {
            foreach (var (key, value) in check.Values)
            {
                values[$"{check.Name}.{key}"] = value;
            }
        }

        return values;
    }

    /// <summary>The record of a validation of what <paramref name="deployed"/> put in place, with its verdict, values and findings.</summary>
    public DeploymentRecord Record(ICakeContext context, DeploymentRecord deployed, ValidationReport? report, DateTimeOffset started)
    {
        ArgumentNullException.ThrowIfNull(deployed);
        return deployed with
        {
            Id = DeploymentLedger.NewId(),
            Actor = EnvironmentServices.Actor(context),
            RunId = services.RunId(context),
            StartedAt = started,
            EndedAt = services.Time.GetUtcNow(),
            Outcome = OutcomeOf(report),
            RolledBackFrom = null,
            RolledBackTo = null,
            Waivers = [],
            Gates = [],
            Measurements = Measurements(report),
            Findings = report?.Findings ?? [],
        };
    }

    private static void Print(ICakeContext context, string title, ValidationReport report)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{title}: {report.Verdict.Word()} · {report.Summary}");
        if (report.Verdict == ValidationVerdict.Pass)
        {
            context.Log.Information(line);
        }
        else if (report.Failed)
        {
            context.Log.Error(line);
        }
        else
        {
            context.Log.Warning(line);
        }

        // Every check that was not a plain pass, with its measured value; then, the last round in full.
        foreach (var finding in report.Findings)
        {
            context.Log.Information("  {0}", finding);
        }

        if (report.Rounds.Count > 0)
        {
            foreach (var check in report.Rounds[^1].Checks.Where(c => c.Verdict == ValidationVerdict.Pass))
            {
                context.Log.Information("  round {0}: {1}", report.Rounds[^1].Number, check);
            }
        }
    }

    /// <summary>Logs each round as it ends, in order (unlike <see cref="Progress{T}"/>, which posts to the thread pool).</summary>
    private sealed class RoundLog(ICakeContext context, string title) : IProgress<RoundResult>
    {
        public void Report(RoundResult value) =>
            context.Log.Verbose("{0}: round {1}: {2}", title, value.Number, value.Verdict.Word());
    }
}

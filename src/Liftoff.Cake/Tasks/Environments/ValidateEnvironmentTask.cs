using System.Globalization;
using Cake.Core.Diagnostics;
using Cake.Core;
using Liftoff.Artifacts;
using Liftoff.Cake.Deploy;
using Liftoff.Cake.Journal;
using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;
using Liftoff.Validation;

namespace Liftoff.Cake.Tasks.Environments;

/// <summary>
/// <c>Validate-&lt;Env&gt;</c>: reads the version marker the environment serves and checks it names what the ledger
/// says was deployed there, then, for an environment with a URL, runs its declared checks (readiness, then the
/// observation window). A pass is recorded as <c>validated</c>, the verdict promotion asks for; a failure as
/// <c>failed</c>, with the measured values either way. Automatic rollback on failure is still to come.
/// </summary>
[TaskTemplate]
public sealed class ValidateEnvironmentTask(EnvironmentServices services, IRunJournal journal, string environment) : AsyncBuildTask // Liftoff.Journal: journal
{
    /// <inheritdoc />
    public override async Task RunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = services.Find(environment);
        var ledger = services.Ledger(context);
        var started = services.Time.GetUtcNow();
        var deployed = LedgerQueries.Current(await ledger.ReadAllAsync().ConfigureAwait(false), options.Name)
            ?? throw new LiftoffException(DiagnosticCodes.MarkerMismatch, ExitCodes.TaskFailed,
                $"the ledger has no deployment to {options.Name}; deploy first with {EnvironmentServices.TaskName("Deploy", options.Name)}");
        var (marker, served, source) = await services.Markers.ReadAsync(options, services.Target(context, options)).ConfigureAwait(false);
        if (served != deployed.Version || (marker is not null && deployed.Commit is not null && marker.Commit != deployed.Commit))
        {
            throw new LiftoffException(DiagnosticCodes.MarkerMismatch, ExitCodes.TaskFailed, string.Create(CultureInfo.InvariantCulture,
                $"{options.Name} serves {marker?.Artifact ?? served} at {source}, but the ledger says {deployed.Version} was deployed there"));
        }

        var report = await RunDeclaredChecksAsync(context, options, marker).ConfigureAwait(false);
        var passed = report?.Passed ?? true;
        await ledger.AppendAsync(deployed with
        {
            Id = DeploymentLedger.NewId(),
            Actor = EnvironmentServices.Actor(context),
            RunId = services.RunId(context),
            StartedAt = started,
            EndedAt = services.Time.GetUtcNow(),
            Outcome = passed ? DeploymentOutcome.Validated : DeploymentOutcome.Failed,
            RolledBackFrom = null,
            RolledBackTo = null,
            Waivers = [],
            Measurements = report is null ? new Dictionary<string, double>() : Measurements(report),
        }).ConfigureAwait(false);
        await journal.RecordAsync(context, ValidationFinished.Of(options.Name, deployed.Version, report)).ConfigureAwait(false); // Liftoff.Journal
        context.Log.Information("Validate {0}: {1} served at {2}{3} · recorded as {4}",
            options.Name, marker?.Artifact ?? served, source, report is null ? string.Empty : " · " + report.Summary, passed ? "validated" : "failed");
        report?.EnsurePassed();
    }

    // The declared checks (readiness, then the observation window) run when the environment has a URL to check;
    // without one only the marker read back above decides.
    private async Task<ValidationReport?> RunDeclaredChecksAsync(ICakeContext context, EnvironmentOptions options, VersionMarker? marker)
    {
        if (options.Url is null || marker is null || !options.Validation.Enabled)
        {
            context.Log.Information("Validate {0}: {1}, so only the version marker was compared.",
                options.Name, options.Validation.Enabled ? "no URL to check" : "validation.enabled is false");
            return null;
        }

        using var http = new HttpClient();
        var progress = new Progress<RoundResult>(round => context.Log.Verbose("Validate {0}: round {1}: {2}", options.Name, round.Number, round.Verdict));
        var report = await new ValidationRunner(http, services.Time, progress).RunAsync(options.Url, marker, options.Validation).ConfigureAwait(false);
        foreach (var check in report.Rounds.Count == 0 ? [] : report.Rounds[^1].Checks)
        {
            context.Log.Information("  {0}", check);
        }

        return report;
    }

    // The last round's numbers per check, for the ledger: "latency.p95Ms" = 180.
    private static Dictionary<string, double> Measurements(ValidationReport report)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["validation.rounds"] = report.Rounds.Count,
            ["validation.seconds"] = report.Duration.TotalSeconds,
        };
        foreach (var check in report.Rounds.SelectMany(round => round.Checks))
        {
            foreach (var (key, value) in check.Values)
            {
                values[$"{check.Name}.{key}"] = value;
            }
        }

        return values;
    }

    /// <inheritdoc />
    public override Task DryRunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = services.Find(environment);
        context.Log.Information("Would read the version marker of {0} from {1} and record validated when it matches the ledger.",
            options.Name, options.Url?.ToString() ?? "its target");
        return Task.CompletedTask;
    }
}

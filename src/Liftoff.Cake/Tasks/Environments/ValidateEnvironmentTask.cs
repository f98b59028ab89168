using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Deploy;
using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;
using Liftoff.Validation;

namespace Liftoff.Cake.Tasks.Environments;

/// <summary>
/// <c>Validate-&lt;Env&gt;</c>, on demand: reads the version marker the environment serves and checks it names what the
/// ledger says was deployed there, then, for an environment with a URL, runs its declared checks (readiness, then the
/// observation window). The verdict is recorded with its values and findings: <c>validated</c> for Pass or Degraded
/// (the verdict promotion asks for), <c>failed</c> for a Fail. It never rolls back; <c>Deploy-&lt;Env&gt;</c> does.
/// </summary>
[TaskTemplate]
public sealed class ValidateEnvironmentTask(EnvironmentServices services, EnvironmentValidator validator, string environment) : AsyncBuildTask
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

        var report = marker is null ? null : await validator.CheckAsync(context, options, marker, "Validate " + options.Name).ConfigureAwait(false);
        var record = validator.Record(context, deployed, report, started);
        await ledger.AppendAsync(record).ConfigureAwait(false);
        context.Log.Information("Validate {0}: {1} served at {2}{3} · recorded as {4}",
            options.Name, marker?.Artifact ?? served, source, report is null ? string.Empty : " · " + report.Verdict.Word(),
            Liftoff.Deploy.Promotion.PromotionCheck.Kebab(record.Outcome));
        report?.EnsurePassed();
    }

    /// <inheritdoc />
    public override Task DryRunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = services.Find(environment);
        context.Log.Information("Would read the version marker of {0} from {1}, run its declared checks, and record the verdict.",
            options.Name, options.Url?.ToString() ?? "its target");
        return Task.CompletedTask;
    }
}

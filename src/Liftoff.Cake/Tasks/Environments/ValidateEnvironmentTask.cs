using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Deploy;
using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;

namespace Liftoff.Cake.Tasks.Environments;

/// <summary>
/// <c>Validate-&lt;Env&gt;</c>, minimal: reads the version marker the environment serves and checks it names what the
/// ledger says was deployed there; a match is recorded as <c>validated</c>, the verdict promotion asks for. This is
/// the seam the validation issue extends with declared checks, the observation window and automatic rollback.
/// </summary>
[TaskTemplate]
public sealed class ValidateEnvironmentTask(EnvironmentServices services, string environment) : AsyncBuildTask
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

        await ledger.AppendAsync(deployed with
        {
            Id = DeploymentLedger.NewId(),
            Actor = EnvironmentServices.Actor(context),
            RunId = services.RunId(context),
            StartedAt = started,
            EndedAt = services.Time.GetUtcNow(),
            Outcome = DeploymentOutcome.Validated,
            RolledBackFrom = null,
            RolledBackTo = null,
            Waivers = [],
            Measurements = new Dictionary<string, double>(),
        }).ConfigureAwait(false);
        context.Log.Information("Validate {0}: {1} served at {2} · recorded as validated", options.Name, marker?.Artifact ?? served, source);
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

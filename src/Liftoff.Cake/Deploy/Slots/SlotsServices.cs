using System.Globalization;
using Cake.Core;
using Liftoff.Configuration;
using Liftoff.Deploy.Targets.NginxSlots;
using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;

namespace Liftoff.Cake.Deploy.Slots;

/// <summary>What the slots tasks (<c>Abort-</c>, <c>Promote-</c>, <c>Drain-&lt;Env&gt;</c>) share: the target and the ledger record of a manual step.</summary>
public sealed class SlotsServices(EnvironmentServices services)
{
    /// <summary>The environment's options and its nginx-slots target.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.NotASlotsTarget"/> for another kind of target.</exception>
    public (EnvironmentOptions Options, NginxSlotsTarget Target) Target(ICakeContext context, string environment)
    {
        var options = services.Find(environment);
        return services.Target(context, options) is NginxSlotsTarget target
            ? (options, target)
            : throw new LiftoffException(DiagnosticCodes.NotASlotsTarget, ExitCodes.BadInput,
                $"environment '{options.Name}' deploys to a {options.Target.Type} target; only an nginxSlots target has slots and canaries");
    }

    /// <summary>Who runs this: the CI actor, or user@host.</summary>
    public static string Actor(ICakeContext context) => EnvironmentServices.Actor(context);

    /// <summary>Appends the record of a manual abort (the canary's version, failed) or promote (deployed).</summary>
    public async Task RecordAsync(ICakeContext context, EnvironmentOptions options, string version, DeploymentOutcome outcome, DateTimeOffset started, TrafficStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        await services.Ledger(context).AppendAsync(new DeploymentRecord
        {
            Id = DeploymentLedger.NewId(),
            Environment = options.Name,
            Version = version,
            Actor = Actor(context),
            RunId = services.RunId(context),
            StartedAt = started,
            EndedAt = services.Time.GetUtcNow(),
            Outcome = outcome,
            Measurements = step.SwitchMs is { } ms ? new Dictionary<string, double> { ["switchMs"] = ms } : new Dictionary<string, double>(),
            Traffic = [step],
        }).ConfigureAwait(false);
    }

    /// <summary>The clock.</summary>
    public DateTimeOffset Now => services.Time.GetUtcNow();

    /// <summary>"blue 1.0.0 100% · green 2.0.0 0%".</summary>
    public static string Describe(TrafficStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return string.Join(" · ", step.Weights.Select(weight =>
            string.Create(CultureInfo.InvariantCulture, $"{weight.Slot} {weight.Version ?? "empty"} {weight.Percent}%")));
    }
}

using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Configuration;
using Liftoff.Deploy;
using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;
using Liftoff.Records.Locks;

namespace Liftoff.Cake.Deploy;

/// <summary>
/// What the environment tasks share in one run: the configured environments, the ledger and lock over the working
/// repository, the targets, and who is deploying under which run id.
/// </summary>
public sealed class EnvironmentServices(
    LoadedConfiguration configuration, IRefStoreFactory stores, DeployTargetFactory targets, TimeProvider time, ServedMarkerReader markers)
{
    private string? _runId;

    /// <summary>The effective options.</summary>
    public LiftoffOptions Options => configuration.Options;

    /// <summary>The clock.</summary>
    public TimeProvider Time => time;

    /// <summary>Reads back what an environment serves.</summary>
    public ServedMarkerReader Markers => markers;

    /// <summary>The configured environment, or bad input naming the ones there are.</summary>
    public EnvironmentOptions Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Options.Environments.TryGetValue(name, out var environment)
            ? environment
            : throw new LiftoffException(DiagnosticCodes.UnknownEnvironment, ExitCodes.BadInput,
                $"there is no environment '{name}'; configured: {string.Join(", ", Options.Environments.Keys)}");
    }

    /// <summary>The ledger of the working repository.</summary>
    public DeploymentLedger Ledger(ICakeContext context) =>
        new(stores.Create(Working(context), Options.Ledger.Remote), Options.Ledger, time);

    /// <summary>The deploy locks of the working repository.</summary>
    public DeployLock Locks(ICakeContext context) =>
        new(stores.Create(Working(context), Options.Ledger.Remote), Options.Locks, time);

    /// <summary>The environment's deploy target; command output goes to the build log.</summary>
    public IDeployTarget Target(ICakeContext context, EnvironmentOptions environment)
    {
        ArgumentNullException.ThrowIfNull(context);
        return targets.Create(environment, Working(context), line => context.Log.Information("  {0}", line));
    }

    /// <summary>Who deploys: the CI actor when there is one, otherwise user@host.</summary>
    public static string Actor(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = context.Environment.GetEnvironmentVariable("GITHUB_ACTOR");
        return string.IsNullOrWhiteSpace(actor) ? $"{Environment.UserName}@{Environment.MachineName}" : actor;
    }

    /// <summary>The CI run id when there is one, otherwise one made up for this run.</summary>
    public string RunId(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _runId ??= context.Environment.GetEnvironmentVariable("GITHUB_RUN_ID") is { Length: > 0 } ci
            ? ci
            : "local-" + Guid.CreateVersion7().ToString("N")[..12];
    }

    /// <summary>The repository folder the run works in.</summary>
    public static string Working(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Environment.WorkingDirectory.FullPath;
    }

    /// <summary>The target name of an environment's task: <c>production</c> and <c>Deploy</c> give <c>Deploy-Production</c>.</summary>
    public static string TaskName(string verb, string environment)
    {
        ArgumentException.ThrowIfNullOrEmpty(environment);
        return verb + "-" + char.ToUpperInvariant(environment[0]) + environment[1..];
    }
}

using Liftoff.Cake.Deploy;
using Liftoff.Cake.Hosting;
using Liftoff.Cake.Tasks.Environments;
using Liftoff.Cake.Tasks.Release;
using Liftoff.Gates;
using Liftoff.Git;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Liftoff.Cake.Pipeline;

/// <summary>Adds Liftoff's own pipeline (its tasks and the services they share) to a host.</summary>
public static class LiftoffPipelineExtensions
{
    /// <summary>
    /// Registers every Liftoff task (Check-Config, Next-Version, …) and the services they need. Services a consumer
    /// registered first (for example its own <see cref="IGitClientFactory"/>) are kept.
    /// </summary>
    public static LiftoffHost UseLiftoffPipeline(this LiftoffHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return host
            .ConfigureServices(services =>
            {
                services.TryAddSingleton<IGitClientFactory>(new GitCliFactory());
                services.TryAddSingleton<ReleaseRun>();
                services.TryAddSingleton<Liftoff.Cake.Tasks.Build.BuildRun>();
                services.TryAddSingleton(TimeProvider.System);
                services.TryAddSingleton<GateReport>();
                services.TryAddSingleton<Liftoff.Gates.Security.SecurityAuditTools>();
                AddEnvironmentServices(services);
            })
            .AddAssembly(typeof(LiftoffHost).Assembly)
            .AddTaskSource<EnvironmentTaskSource>();
    }

    // Deploy-<Env> and friends: the targets, ledger and locks, and the confirmation prompt.
    private static void AddEnvironmentServices(IServiceCollection services)
    {
        services.TryAddSingleton<IRefStoreFactory>(provider => new GitRefStoreFactory(provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IConfirmation, TerminalConfirmation>();
        services.TryAddSingleton<IBuiltArtifact, BuildRunArtifact>();
        services.TryAddSingleton<DeployTargetFactory>();
        services.TryAddSingleton<ServedMarkerReader>();
        services.TryAddSingleton<EnvironmentServices>();
        services.TryAddSingleton<EnvironmentDeployer>();
        services.TryAddSingleton<EnvironmentValidator>();
        services.TryAddSingleton<EnvironmentRollback>();
        services.TryAddSingleton<DeployFlow>();
    }
}

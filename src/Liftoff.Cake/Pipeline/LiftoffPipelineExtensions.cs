using Liftoff.Cake.Deploy;
using Liftoff.Cake.Hosting;
using Liftoff.Cake.Journal;
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
                services.TryAddSingleton<ReleasePreflight>();
                services.TryAddSingleton<Liftoff.Cake.Tasks.Build.BuildRun>();
                services.TryAddSingleton(TimeProvider.System);
                services.TryAddSingleton<GateReport>();
                services.TryAddSingleton<Liftoff.Gates.Security.SecurityAuditTools>();
                AddEnvironmentServices(services);
                AddJournal(services);
            })
            .AddAssembly(typeof(LiftoffHost).Assembly)
            .AddTaskSource<EnvironmentTaskSource>()
            .AddTaskSource<Liftoff.Cake.Tasks.Slots.SlotsTaskSource>();
    }

    // The run journal the tasks report into, and what it drives: the GitHub deployment mirror, the incident report,
    // pull request comments, webhook notices, the GitHub Actions files and the console summary.
    private static void AddJournal(IServiceCollection services)
    {
        services.TryAddSingleton<NoticeGitHub>();
        services.TryAddSingleton<RunJournal>();
        services.TryAddSingleton<IRunJournal>(provider => provider.GetRequiredService<RunJournal>());
        services.AddSingleton<IRunObserver>(provider => provider.GetRequiredService<RunJournal>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRunJournalSink, GitHubDeploymentSink>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRunJournalSink, IncidentSink>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRunJournalSink, PullRequestCommentSink>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRunJournalSink, NotificationSink>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRunJournalSink, GitHubActionsSink>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRunJournalSink, ConsoleSink>());
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
        services.TryAddSingleton<DeployStages>();
        services.TryAddSingleton<IStageSkip>(provider => provider.GetRequiredService<DeployStages>());
        services.TryAddSingleton<DeployConsent>();
        services.AddSingleton<IRunPreflight, ConfirmBeforeStages>();
        services.TryAddSingleton<Liftoff.Cake.Deploy.Slots.SlotsServices>();
    }
}

using System.Diagnostics;
using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Liftoff.Cake.CommandLine;
using Liftoff.Cake.Configuration;
using Liftoff.Cake.Deploy;
using Liftoff.Cake.Engine;
using Liftoff.Cake.Tasks;
using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Hosting;

/// <summary>
/// One run of the host: command line, services, working directory, task catalog, then Cake's engine in the mode
/// asked for (run, dry run, tree, description). Every expected failure ends with a message and an exit code;
/// the last line printed always says how the run ended.
/// </summary>
internal sealed class HostRun(HostPlan plan)
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        ParsedCommandLine commandLine;
        try
        {
            commandLine = CommandLineParser.Parse(args);
        }
        catch (LiftoffException error)
        {
            using var fallback = BuildProvider(new ParsedCommandLine());
            return Fail(fallback.GetRequiredService<IConsole>(), error.Message, error.ExitCode, null);
        }

        using var provider = BuildProvider(commandLine);
        var console = provider.GetRequiredService<IConsole>();
        var log = provider.GetRequiredService<ICakeLog>();
        log.Verbosity = commandLine.Verbosity ?? Verbosity.Normal;

        // Cake's environment moves the process's current directory with --working; put it back afterwards so that a
        // host run in-process (tests, a consumer's tool) leaves its caller where it was.
        var callerDirectory = Directory.GetCurrentDirectory();
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            SetWorkingDirectory(provider, commandLine.WorkingDirectory ?? plan.WorkingDirectory);
            return await RunModeAsync(provider, commandLine, console, log).ConfigureAwait(false);
        }
        catch (LiftoffException error)
        {
            return Fail(console, error.Message, error.ExitCode, provider.GetRequiredService<RunSummary>().ClosingLine);
        }
        finally
        {
            Directory.SetCurrentDirectory(callerDirectory);
        }
    }

    private async Task<int> RunModeAsync(ServiceProvider provider, ParsedCommandLine commandLine, IConsole console, ICakeLog log)
    {
        if (commandLine.Version)
        {
            console.WriteLine(VersionText.Describe());
            return ExitCodes.Success;
        }

        if (commandLine.Help)
        {
            console.Write(VersionText.Usage);
            return ExitCodes.Success;
        }

        // Before any context or task is built, so every problem is reported before the first task runs.
        HostConfiguration.Load(provider, commandLine, plan.ConfigureOptions);
        var context = (ICakeContext)provider.GetRequiredService(plan.ContextType);
        var engine = provider.GetRequiredService<ICakeEngine>();
        var catalog = TaskCatalog.Create(CollectTasks(provider), plan.ContextType);
        TaskRegistrar.Register(engine, catalog, context, log, SwitchedOff(provider, catalog, context, commandLine, log));
        TaskRegistrar.RegisterLifetimes(
            engine,
            context,
            plan.LifetimeType is null ? null : (IBuildLifetime)provider.GetRequiredService(plan.LifetimeType),
            plan.TaskLifetimeType is null ? null : (ITaskLifetime)provider.GetRequiredService(plan.TaskLifetimeType));

        if (commandLine.Tree)
        {
            var explicitTarget = commandLine.Arguments.Contains("target") ? commandLine.Targets[0] : null;
            RequireTargets(catalog, explicitTarget is null ? [] : [explicitTarget]);
            TreePrinter.Print(console, engine.Tasks, explicitTarget);
            return ExitCodes.Success;
        }

        if (commandLine.Description)
        {
            DescriptionPrinter.Print(console, engine.Tasks);
            return ExitCodes.Success;
        }

        RequireTargets(catalog, commandLine.Targets);
        return await new TargetRunner(provider, catalog, context, log, console).RunAsync(commandLine).ConfigureAwait(false);
    }

    private List<TaskDefinition> CollectTasks(IServiceProvider provider)
    {
        var definitions = plan.TaskTypes
            .Select(type => TaskDefinition.FromAttributes((IBuildTask)provider.GetRequiredService(type)))
            .ToList();
        foreach (var source in provider.GetServices<ITaskSource>())
        {
            definitions.AddRange(source.CreateTasks(provider));
        }

        return definitions;
    }

    // Listing targets stays forgiving, as it is for an invalid configuration: a stage name that matches no task is a
    // warning there and an error (exit code 3) in every other mode. A stage switched off in configuration keeps that
    // reason; the rest of a deploy's pipeline is skipped when --artifact names what to deploy (DeployChain).
    private static Dictionary<string, string>? SwitchedOff(
        IServiceProvider provider, TaskCatalog catalog, ICakeContext context, ParsedCommandLine commandLine, ICakeLog log)
    {
        var switchedOff = new Dictionary<string, string>(
            DeployChain.SkippedForArtifact(catalog, context, commandLine.Targets), StringComparer.OrdinalIgnoreCase);
        try
        {
            foreach (var (name, reason) in StageSwitches.Resolve(provider.GetRequiredService<LoadedConfiguration>(), catalog))
            {
                switchedOff[name] = reason;
            }
        }
        catch (LiftoffException error) when (commandLine.Tree || commandLine.Description)
        {
            log.Warning("{0}", error.Message);
        }

        return switchedOff;
    }

    private static void RequireTargets(TaskCatalog catalog, IEnumerable<string> targets)
    {
        foreach (var target in targets.Where(target => catalog.Find(target) is null))
        {
            var hint = TargetSuggestions.DidYouMean(target, catalog.Names);
            throw new LiftoffException(
                DiagnosticCodes.UnknownTarget,
                ExitCodes.BadInput,
                string.Create(CultureInfo.InvariantCulture, $"Unknown target '{target}'.{hint} Run with --tree or --description to list the targets."));
        }
    }

    private static void SetWorkingDirectory(IServiceProvider provider, string? directory)
    {
        if (directory is null)
        {
            return;
        }

        var environment = provider.GetRequiredService<ICakeEnvironment>();
        var path = new DirectoryPath(directory).MakeAbsolute(environment);
        if (!provider.GetRequiredService<IFileSystem>().Exist(path))
        {
            throw new LiftoffException(
                DiagnosticCodes.WorkingDirectoryMissing,
                ExitCodes.BadInput,
                string.Create(CultureInfo.InvariantCulture, $"The working directory '{path.FullPath}' (--working) does not exist."));
        }

        environment.WorkingDirectory = path;
    }

    private ServiceProvider BuildProvider(ParsedCommandLine commandLine)
    {
        var services = new ServiceCollection();
        foreach (var configure in plan.Configure)
        {
            configure(services);
        }

        services.AddSingleton(commandLine);
        services.AddSingleton<RunSummary>();
        CakeServices.AddCakeCore(services, commandLine);
        HostConfiguration.AddConfiguration(services);
        services.AddSingleton(plan.ContextType);
        foreach (var type in plan.TaskTypes.Append(plan.LifetimeType).Append(plan.TaskLifetimeType).OfType<Type>())
        {
            services.AddSingleton(type);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true });
    }

    internal static int Fail(IConsole console, string message, int exitCode, string? closingLine)
    {
        console.WriteErrorLine(message);
        console.WriteLine(closingLine ?? string.Create(CultureInfo.InvariantCulture, $"Liftoff: failed (exit code {exitCode}): {FirstLine(message)}"));
        return exitCode;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? message : message[..end].TrimEnd();
    }
}

using System.Reflection;
using Cake.Core;
using Liftoff.Cake.Tasks;
using Liftoff.Cake.Tasks.Config;
using Liftoff.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Hosting;

/// <summary>
/// Builds and runs a Liftoff pipeline on Cake's engine, in the shape of Cake.Frosting's <c>CakeHost</c>:
/// <code>
/// return await new LiftoffHost()
///     .UseContext&lt;BuildContext&gt;()
///     .AddAssembly(typeof(Program).Assembly)
///     .RunAsync(args);
/// </code>
/// </summary>
public sealed class LiftoffHost
{
    private readonly List<Action<IServiceCollection>> _configure = [];
    private readonly List<Type> _taskTypes = [];
    private readonly List<Action<LiftoffOptions>> _configureOptions = [];
    private Type _contextType = typeof(LiftoffContext);
    private Type? _lifetimeType;
    private Type? _taskLifetimeType;
    private string? _workingDirectory;

    /// <summary>Runs tasks with a typed context built by dependency injection. The default is <see cref="LiftoffContext"/>.</summary>
    public LiftoffHost UseContext<TContext>()
        where TContext : class, ICakeContext
    {
        _contextType = typeof(TContext);
        return this;
    }

    /// <summary>Adds or replaces services. Cake's own services are registered only where these leave a gap.</summary>
    public LiftoffHost ConfigureServices(Action<IServiceCollection> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _configure.Add(configure);
        return this;
    }

    /// <summary>
    /// Adjusts the configuration in code: the last layer, over defaults, <c>liftoff.json</c>, <c>LIFTOFF_*__*</c>
    /// variables and <c>--section.key</c> arguments. The result is validated like the other layers, and
    /// <c>Check-Config</c> shows these values as coming from code.
    /// </summary>
    public LiftoffHost ConfigureOptions(Action<LiftoffOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _configureOptions.Add(configure);
        return this;
    }

    /// <summary>
    /// Adds the <c>Check-Config</c> target, which prints the effective configuration with each value's source. The
    /// configuration is validated at start-up whether or not this is added.
    /// </summary>
    public LiftoffHost AddCheckConfig() => AddTask<CheckConfigTask>();

    /// <summary>Registers every concrete task class in the assembly, except <see cref="TaskTemplateAttribute">templates</see>.</summary>
    public LiftoffHost AddAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        _taskTypes.AddRange(assembly.GetTypes().Where(IsScannableTask));
        return this;
    }

    /// <summary>Registers one task class.</summary>
    public LiftoffHost AddTask<TTask>()
        where TTask : class, IBuildTask
    {
        _taskTypes.Add(typeof(TTask));
        return this;
    }

    /// <summary>Registers a source of tasks made at start-up, for example one per configured environment.</summary>
    public LiftoffHost AddTaskSource<TSource>()
        where TSource : class, ITaskSource
    {
        _configure.Add(services => services.AddSingleton<ITaskSource, TSource>());
        return this;
    }

    /// <summary>Runs <typeparamref name="TLifetime"/>'s setup before the first task and its teardown after the last.</summary>
    public LiftoffHost UseLifetime<TLifetime>()
        where TLifetime : class, IBuildLifetime
    {
        _lifetimeType = typeof(TLifetime);
        return this;
    }

    /// <summary>Runs <typeparamref name="TLifetime"/>'s setup and teardown around every task.</summary>
    public LiftoffHost UseTaskLifetime<TLifetime>()
        where TLifetime : class, ITaskLifetime
    {
        _taskLifetimeType = typeof(TLifetime);
        return this;
    }

    /// <summary>The directory to run against when <c>--working</c> is not given. The default is the current directory.</summary>
    public LiftoffHost UseWorkingDirectory(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _workingDirectory = path;
        return this;
    }

    /// <summary>Parses the command line, runs the targets, and returns the process exit code.</summary>
    public Task<int> RunAsync(IEnumerable<string> args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var plan = new HostPlan(_contextType, _taskTypes.Distinct().ToList(), _lifetimeType, _taskLifetimeType, _workingDirectory, _configure, _configureOptions);
        return new HostRun(plan).RunAsync(args.ToList(), cancellationToken);
    }

    internal static bool IsScannableTask(Type type) =>
        type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false }
        && typeof(IBuildTask).IsAssignableFrom(type)
        && type.GetCustomAttribute<TaskTemplateAttribute>() is null;
}

/// <summary>What the builder collected, handed to one run.</summary>
internal sealed record HostPlan(
    Type ContextType,
    IReadOnlyList<Type> TaskTypes,
    Type? LifetimeType,
    Type? TaskLifetimeType,
    string? WorkingDirectory,
    IReadOnlyList<Action<IServiceCollection>> Configure,
    IReadOnlyList<Action<LiftoffOptions>> ConfigureOptions);

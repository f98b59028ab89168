using Liftoff.Cake.Hosting;
using Liftoff.Deploy;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Deploy;

/// <summary>Registers deploy targets of the build project's own, for environments whose target is <c>"type": "custom"</c>.</summary>
public static class DeployTargetServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TTarget"/> for <c>"target": { "type": "custom", "kind": "<paramref name="kind"/>" }</c>.
    /// One instance is made per environment through dependency injection: its constructor takes a
    /// <see cref="DeployTargetRequest"/> (the environment and its settings) and any registered services.
    /// </summary>
    public static IServiceCollection AddDeployTarget<TTarget>(this IServiceCollection services, string kind)
        where TTarget : class, IDeployTarget =>
        services.AddDeployTarget(kind, (provider, request) => ActivatorUtilities.CreateInstance<TTarget>(provider, request));

    /// <summary>Registers a factory for <c>"target": { "type": "custom", "kind": "<paramref name="kind"/>" }</c>.</summary>
    public static IServiceCollection AddDeployTarget(
        this IServiceCollection services, string kind, Func<IServiceProvider, DeployTargetRequest, IDeployTarget> create)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(create);
        return services.AddSingleton(new DeployTargetRegistration(kind.Trim(), create));
    }

    /// <summary>The same as <see cref="AddDeployTarget{TTarget}(IServiceCollection, string)"/>, on the host.</summary>
    public static LiftoffHost AddDeployTarget<TTarget>(this LiftoffHost host, string kind)
        where TTarget : class, IDeployTarget
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        return host.ConfigureServices(services => services.AddDeployTarget<TTarget>(kind));
    }
}

using Liftoff.Deploy;

namespace Liftoff.Cake.Deploy;

/// <summary>
/// A deploy target the build project registered for <c>"type": "custom", "kind": Kind</c>. Made with
/// <see cref="DeployTargetServiceCollectionExtensions.AddDeployTarget{TTarget}(Microsoft.Extensions.DependencyInjection.IServiceCollection, string)"/>.
/// </summary>
/// <param name="Kind">The name <c>liftoff.json</c> uses in <c>target.kind</c>; case is ignored.</param>
/// <param name="Create">Makes the target for one environment.</param>
public sealed record DeployTargetRegistration(string Kind, Func<IServiceProvider, DeployTargetRequest, IDeployTarget> Create);

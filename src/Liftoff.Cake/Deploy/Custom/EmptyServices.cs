namespace Liftoff.Cake.Deploy;

/// <summary>No services: what a factory made without dependency injection hands its (empty) set of custom targets.</summary>
internal sealed class EmptyServices : IServiceProvider
{
    public static EmptyServices Instance { get; } = new();

    public object? GetService(Type serviceType) => null;
}

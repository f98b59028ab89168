using Liftoff.Configuration;

namespace Liftoff.Cake.Configuration;

/// <summary>
/// Holds the configuration loaded for this run. The service provider is built before <c>--working</c> is applied,
/// and the file lives in the working directory, so the host loads it later and puts it here; tasks and contexts
/// receive <see cref="LoadedConfiguration"/> and <see cref="LiftoffOptions"/> through dependency injection.
/// </summary>
internal sealed class ConfigurationHolder
{
    private LoadedConfiguration? _loaded;

    public LoadedConfiguration Loaded
    {
        get => _loaded ?? throw new InvalidOperationException("The configuration is read after the working directory is set and before any task is built.");
        set => _loaded = value;
    }
}

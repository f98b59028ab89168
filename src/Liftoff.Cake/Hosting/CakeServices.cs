using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;
using Liftoff.Cake.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Liftoff.Cake.Hosting;

/// <summary>
/// Registers Cake.Core's own implementations of its services. Each is added only if the consumer has not already
/// registered one, so tests and consumers can swap the console, the file system or the process runner.
/// </summary>
internal static class CakeServices
{
    public static void AddCakeCore(IServiceCollection services, ParsedCommandLine commandLine)
    {
        services.TryAddSingleton<IConsole>(provider =>
        {
            var environment = provider.GetRequiredService<ICakeEnvironment>();
            return new PlainWhenRedirectedConsole(new CakeConsole(environment), environment);
        });
        services.TryAddSingleton<ICakeLog>(provider => new CakeBuildLog(provider.GetRequiredService<IConsole>(), Verbosity.Normal));
        services.TryAddSingleton<Output.RunConsole>();
        services.TryAddSingleton<IFileSystem, FileSystem>();
        services.TryAddSingleton<ICakePlatform, CakePlatform>();
        services.TryAddSingleton<ICakeRuntime, CakeRuntime>();
        services.TryAddSingleton<ICakeEnvironment, CakeEnvironment>();
        services.TryAddSingleton<IGlobber, Globber>();
        services.TryAddSingleton<IRegistry, WindowsRegistry>();
        services.TryAddSingleton<ICakeDataService, CakeDataService>();
        services.TryAddSingleton<IToolRepository, ToolRepository>();
        services.TryAddSingleton<IToolResolutionStrategy, ToolResolutionStrategy>();
        services.TryAddSingleton<IToolLocator, ToolLocator>();
        services.TryAddSingleton<IToolInstaller>(provider => new ToolInstaller(
            provider.GetRequiredService<ICakeEnvironment>(),
            provider.GetRequiredService<IToolLocator>(),
            provider.GetRequiredService<ICakeConfiguration>(),
            provider.GetRequiredService<ICakeLog>(),
            []));
        services.TryAddSingleton<IProcessRunner, ProcessRunner>();
        services.TryAddSingleton<ICakeEngine>(provider => new CakeEngine(
            provider.GetRequiredService<ICakeDataService>(), provider.GetRequiredService<ICakeLog>()));
        services.TryAddSingleton<ICakeArguments>(provider => new EnvironmentFallbackArguments(
            commandLine.Arguments, provider.GetRequiredService<ICakeEnvironment>().GetEnvironmentVariable));

        // Cake reads cake.config from the working directory, so this must be resolved after --working is applied.
        services.TryAddSingleton<ICakeConfiguration>(provider =>
        {
            var environment = provider.GetRequiredService<ICakeEnvironment>();
            var arguments = commandLine.Arguments.ToDictionary(
                group => group.Key, group => group.Last(), StringComparer.OrdinalIgnoreCase);
            return new CakeConfigurationProvider(provider.GetRequiredService<IFileSystem>(), environment)
                .CreateConfiguration(environment.WorkingDirectory, arguments);
        });

        services.TryAddSingleton<CakeContext>(provider => new CakeContext(
            provider.GetRequiredService<IFileSystem>(),
            provider.GetRequiredService<ICakeEnvironment>(),
            provider.GetRequiredService<IGlobber>(),
            provider.GetRequiredService<ICakeLog>(),
            provider.GetRequiredService<ICakeArguments>(),
            provider.GetRequiredService<IProcessRunner>(),
            provider.GetRequiredService<IRegistry>(),
            provider.GetRequiredService<IToolLocator>(),
            provider.GetRequiredService<ICakeDataService>(),
            provider.GetRequiredService<ICakeConfiguration>(),
            provider.GetRequiredService<IToolInstaller>(),
            provider));
        services.TryAddSingleton<ICakeContext>(provider => provider.GetRequiredService<CakeContext>());
    }
}

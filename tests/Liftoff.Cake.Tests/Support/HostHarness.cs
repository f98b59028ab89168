using Cake.Core;
using Liftoff.Cake.Hosting;
using Liftoff.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Tests.Support;

/// <summary>
/// Runs a <see cref="LiftoffHost"/> in-process the way <c>build.sh</c> would, against a fresh empty working folder,
/// capturing the console and recording task executions.
/// </summary>
public sealed class HostHarness : IDisposable
{
    private readonly TempDirectory _working = TempDirectory.Create("host");

    public ExecutionLog Log { get; } = new();

    public CapturingConsole Console { get; } = new();

    public string WorkingDirectory => _working.Path;

    public LiftoffHost CreateHost() => new LiftoffHost()
        .UseWorkingDirectory(_working.Path)
        .ConfigureServices(services =>
        {
            services.AddSingleton<IConsole>(Console);
            services.AddSingleton(Log);
        });

    public async Task<HostResult> RunAsync(Func<LiftoffHost, LiftoffHost> configure, params string[] args)
    {
        var exitCode = await configure(CreateHost()).RunAsync(args);
        return new HostResult(exitCode, Console.Output, Log.Entries.ToList());
    }

    public void Dispose() => _working.Dispose();
}

public sealed record HostResult(int ExitCode, string Output, IReadOnlyList<string> Ran)
{
    public string LastLine => Output.TrimEnd().Split('\n')[^1].TrimEnd('\r');

    public override string ToString() => $"exit {ExitCode}; ran [{string.Join(", ", Ran)}]\n{Output}";
}

using Liftoff.TestSupport.Git;
using Liftoff.TestSupport.Processes;

namespace Liftoff.EndToEnd.Tests;

/// <summary>
/// A user's repository (git, with a bare origin) to which <c>dotnet new liftoff</c> added Liftoff, with a
/// <c>nuget.config</c> that adds the local feed of packed nupkgs to the machine's sources.
/// </summary>
public sealed class ConsumerRepository : IDisposable
{
    private ConsumerRepository(GitSandbox git) => Git = git;

    public GitSandbox Git { get; }

    public string Path => Git.Path;

    /// <summary>The repository's own NuGet cache, empty until its first build.</summary>
    public string NuGetPackages => System.IO.Path.Combine(Git.Root, "nuget-packages");

    /// <summary>What <c>dotnet new liftoff</c> printed.</summary>
    public ProcessResult TemplateRun { get; private set; } = null!;

    public static async Task<ConsumerRepository> CreateAsync()
    {
        var repository = new ConsumerRepository(GitSandbox.Create());
        Directory.CreateDirectory(repository.NuGetPackages);
        repository.TemplateRun = await PackagedLiftoff.DotnetNewAsync(repository.Path, "liftoff");
        repository.TemplateRun.EnsureSuccess();
        repository.Git.WriteFile("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="liftoff-local" value="{PackagedLiftoff.Feed}" />
              </packageSources>
            </configuration>
            """);
        repository.Git.WriteFile(".gitignore", "bin/\nobj/\nartifacts/\n");
        return repository;
    }

    /// <summary>Copies a file of the Consumer folder (extension code written as a user would) into the repository.</summary>
    public void AddFromConsumerFolder(string relativeSource, string relativeTarget) =>
        Git.WriteFile(relativeTarget, File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Consumer", relativeSource)));

    /// <summary>Runs the repository's own <c>./build.sh</c>.</summary>
    public Task<ProcessResult> BuildShAsync(params string[] arguments) =>
        ProcessRunner.RunAsync(System.IO.Path.Combine(Path, "build.sh"), arguments, Path, Environment(), TimeSpan.FromMinutes(8));

    private Dictionary<string, string?> Environment()
    {
        var variables = PackagedLiftoff.BuildEnvironment(NuGetPackages);
        foreach (var (name, value) in Git.Environment)
        {
            variables[name] = value;
        }

        return variables;
    }

    public void Dispose() => Git.Dispose();
}

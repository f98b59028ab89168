using System.Diagnostics;
using Liftoff.TestSupport;
using Liftoff.TestSupport.Git;
using Liftoff.TestSupport.Processes;

namespace Liftoff.Core.Tests.Records;

/// <summary>
/// Starts <c>Liftoff.Records.Probe</c> (built once per test run) in several clones at once, releases them together
/// through a "go" file, and collects what each printed.
/// </summary>
internal static class ProbeProcesses
{
    private static readonly Lazy<string> ProbeDll = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static async Task<IReadOnlyList<string>> RaceAsync(GitSandbox git, IReadOnlyList<GitWorkingCopy> clones, Func<int, string[]> arguments, TimeSpan timeout)
    {
        var probe = ProbeDll.Value;
        var goFile = Path.Combine(git.Root, "go-" + Guid.NewGuid().ToString("N"));
        var processes = new List<RunningProcess>();
        try
        {
            for (var i = 0; i < clones.Count; i++)
            {
                string[] probeArguments = [probe, .. arguments(i)];
                probeArguments[2] = goFile;
                processes.Add(ProcessRunner.Start(new ProcessSpec("dotnet", probeArguments)
                {
                    WorkingDirectory = clones[i].Path,
                    Environment = clones[i].Environment,
                    Timeout = timeout,
                }));
            }

            foreach (var process in processes)
            {
                await process.WaitForOutputAsync("READY", timeout);
            }

            await File.WriteAllTextAsync(goFile, "go");
            foreach (var process in processes)
            {
                var exitCode = await process.WaitForExitAsync(timeout);
                Assert.That(exitCode, Is.AnyOf(0, 3), process.ToString());
            }

            return [.. processes.Select(process => process.StdOut)];
        }
        finally
        {
            foreach (var process in processes)
            {
                await process.DisposeAsync();
            }
        }
    }

    private static string Build()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var project = Path.Combine(RepositoryRoot.Path, "tests", "Liftoff.Records.Probe", "Liftoff.Records.Probe.csproj");
        var stopwatch = Stopwatch.StartNew();
        ProcessRunner.Run(new ProcessSpec("dotnet", "build", project, "-c", configuration, "--nologo", "-v", "q", "-clp:ErrorsOnly") { Timeout = TimeSpan.FromMinutes(3) })
            .EnsureSuccess();
        TestContext.Progress.WriteLine($"built the probe in {stopwatch.ElapsedMilliseconds} ms");
        return Path.Combine(RepositoryRoot.Path, "tests", "Liftoff.Records.Probe", "bin", configuration, "net10.0", "Liftoff.Records.Probe.dll");
    }
}

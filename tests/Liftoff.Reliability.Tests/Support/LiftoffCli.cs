using Liftoff.TestSupport;
using Liftoff.TestSupport.Processes;

namespace Liftoff.Reliability.Tests.Support;

/// <summary>
/// The real host, as <c>./build.sh</c> runs it, minus the <c>dotnet run</c> build step: this repository's built
/// build host (<c>build/bin/&lt;configuration&gt;/net10.0/Build.dll</c>, which registers the whole Liftoff pipeline)
/// started with <c>--working=&lt;sandbox&gt;</c>. Many processes can run it at once without rebuilding it.
/// </summary>
public static class LiftoffCli
{
    /// <summary>The variables no run inherits from the machine: tokens, CI markers and Liftoff settings of the developer.</summary>
    private static readonly string[] Scrubbed =
        ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_ACTIONS", "GITHUB_ACTOR", "GITHUB_RUN_ID", "GITHUB_STEP_SUMMARY", "GITHUB_OUTPUT", "GITHUB_ENV"];

    private static readonly Lazy<string> BuildHost = new(FindBuildHost);

    /// <summary>The built host's path.</summary>
    public static string Dll => BuildHost.Value;

    /// <summary>The environment of a run: the sandbox's git isolation, CI=true (no prompt), no inherited token, plus <paramref name="extra"/>.</summary>
    public static Dictionary<string, string?> Environment(
        IReadOnlyDictionary<string, string?> sandbox, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var environment = new Dictionary<string, string?>(sandbox, StringComparer.Ordinal) { ["CI"] = "true", ["NO_COLOR"] = "1" };
        foreach (var name in Scrubbed)
        {
            environment[name] = null;
        }

        foreach (System.Collections.DictionaryEntry variable in System.Environment.GetEnvironmentVariables())
        {
            // LIFTOFF_<SECTION>__<KEY> would change the configuration under test.
            if (variable.Key is string name && name.StartsWith("LIFTOFF_", StringComparison.Ordinal) && name.Contains("__", StringComparison.Ordinal))
            {
                environment[name] = null;
            }
        }

        foreach (var (name, value) in extra ?? new Dictionary<string, string?>())
        {
            environment[name] = value;
        }

        return environment;
    }

    /// <summary>Runs the host to completion.</summary>
    public static Task<ProcessResult> RunAsync(
        string working, IReadOnlyDictionary<string, string?> environment, IEnumerable<string> arguments, TimeSpan? timeout = null) =>
        ProcessRunner.RunAsync(Spec(working, environment, arguments, timeout));

    /// <summary>
    /// Starts the host in a session of its own (<c>setsid</c>), so that a test can SIGKILL it and then wait for the
    /// children it leaves behind (git) by their session id.
    /// </summary>
    public static SessionProcess Start(
        string working, IReadOnlyDictionary<string, string?> environment, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var spec = Spec(working, environment, arguments, timeout);
        return new SessionProcess(ProcessRunner.Start(spec with { FileName = "setsid", Arguments = [spec.FileName, .. spec.Arguments] }));
    }

    private static ProcessSpec Spec(
        string working, IReadOnlyDictionary<string, string?> environment, IEnumerable<string> arguments, TimeSpan? timeout) =>
        new("dotnet", [Dll, .. arguments, .. arguments.Any(a => a.StartsWith("--working=", StringComparison.Ordinal)) ? [] : new[] { $"--working={working}" }])
        {
            // Not the repository: the host must find everything through --working.
            WorkingDirectory = Path.GetTempPath(),
            Environment = environment,
            Timeout = timeout ?? TimeSpan.FromMinutes(3),
        };

    private static string FindBuildHost()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var candidates = new[] { configuration, "Debug", "Release" }
            .Distinct(StringComparer.Ordinal)
            .Select(name => Path.Combine(RepositoryRoot.Path, "build", "bin", name, "net10.0", "Build.dll"));
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"The build host is not built (looked for {string.Join(", ", candidates)}); run dotnet build build/Build.csproj.");
    }
}

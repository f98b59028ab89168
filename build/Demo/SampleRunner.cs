using System.Collections;
using System.Diagnostics;
using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;

namespace Build.Demo;

/// <summary>
/// Runs the sample's own <c>./build.sh</c> in the sandbox, as a person or CI would: its output goes straight to this
/// console, stdin is closed (so nothing can wait for an answer), and CI=true. The environments' URLs and roots point
/// at the sandbox through <c>LIFTOFF_ENVIRONMENTS__&lt;ENV&gt;__…</c> variables, as the sample's liftoff.json says (for
/// the service: its nginx, upstream file and slot ports).
/// Variables that would reach out of the sandbox (a GitHub token, GitHub Actions' files, the caller's own LIFTOFF_*
/// and MSBuild settings) are removed.
/// </summary>
internal sealed class SampleRunner(ICakeLog log, DemoSandbox sandbox, WebServers servers, DemoGitHub? github)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    private static readonly string[] Removed =
    [
        "GITHUB_TOKEN", "GH_TOKEN", "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_ACTOR", "GITHUB_RUN_ID",
        "MSBuildSDKsPath", "MSBuildExtensionsPath", "MSBUILD_EXE_PATH",
    ];

    /// <summary>Runs <c>./build.sh</c> with <paramref name="arguments"/>; <paramref name="variables"/> add to or override the usual ones.</summary>
    /// <returns>The exit code.</returns>
    public async Task<int> RunAsync(IReadOnlyDictionary<string, string?> variables, params string[] arguments)
    {
        log.Information("");
        log.Information("▶ ./build.sh {0}", string.Join(" ", arguments.Select(Quote)));
        var start = new ProcessStartInfo(Path.Combine(sandbox.Site, "build.sh"))
        {
            WorkingDirectory = sandbox.Site,
            UseShellExecute = false,
            RedirectStandardInput = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Environment().Concat(variables))
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new CakeException("Could not start the sample's build.sh.");
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new CakeException(string.Create(CultureInfo.InvariantCulture, $"./build.sh {string.Join(" ", arguments)} did not finish within {Timeout.TotalMinutes} minutes."));
        }

        log.Information(string.Create(CultureInfo.InvariantCulture, $"◀ exit code {process.ExitCode} · {watch.Elapsed.TotalSeconds:0.0} s"));
        return process.ExitCode;
    }

    /// <inheritdoc cref="RunAsync(IReadOnlyDictionary{string, string?}, string[])"/>
    public Task<int> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string?>(), arguments);

    private Dictionary<string, string?> Environment()
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            if (((string)entry.Key).StartsWith("LIFTOFF_", StringComparison.Ordinal))
            {
                variables[(string)entry.Key] = null;
            }
        }

        foreach (var name in Removed)
        {
            variables[name] = null;
        }

        foreach (var (name, value) in sandbox.Git.Environment)
        {
            variables[name] = value;
        }

        variables["CI"] = "true";
        foreach (var environment in DemoSandbox.Environments)
        {
            var prefix = "LIFTOFF_ENVIRONMENTS__" + environment.ToUpperInvariant() + "__";
            variables[prefix + "URL"] = servers.Url(environment).ToString();
            variables[prefix + "TARGET__SETTINGS__ROOT"] = sandbox.Served(environment);
        }

        foreach (var (name, value) in servers.Service?.Variables() ?? new Dictionary<string, string>())
        {
            variables[name] = value;
        }

        foreach (var (name, value) in github?.Variables() ?? WithoutGitHub)
        {
            variables[name] = value;
        }

        return variables;
    }

    /// <summary>
    /// Without a token the review and backlog gates cannot check anything and fail, as they should; the demo switches
    /// them off instead, and says so. GitHub-Release skips itself with its reason.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> WithoutGitHub { get; } = new Dictionary<string, string?>
    {
        ["LIFTOFF_GATES__REVIEW__ENABLED"] = "false",
        ["LIFTOFF_GATES__BACKLOG__ENABLED"] = "false",
    };

    private static string Quote(string argument) => argument.Contains(' ', StringComparison.Ordinal) ? $"\"{argument}\"" : argument;
}

using System.Diagnostics;
using Liftoff.TestSupport.Processes;
using NUnit.Framework;

namespace Liftoff.TestSupport.Nginx;

/// <summary>
/// Finds the nginx binary, installing it through apt-get when it is missing and the tests run as root (as in a CI
/// container). The answer is worked out once per test process; a machine without nginx makes nginx tests
/// skipped, never passed.
/// </summary>
public static class NginxLocator
{
    /// <summary>Set to a binary's path to use that nginx instead of searching.</summary>
    public const string PathVariable = "LIFTOFF_TEST_NGINX";

    /// <summary>Set to <c>1</c> to never run apt-get, for example on a developer's machine run as root.</summary>
    public const string NoInstallVariable = "LIFTOFF_TEST_NGINX_NO_INSTALL";

    private static readonly string[] WellKnownPaths =
        ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx", "/opt/homebrew/bin/nginx"];

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static NginxLookup? _lookup;

    /// <summary>
    /// Returns the nginx binary, or marks the current test skipped with
    /// <c>skipped: nginx unavailable: &lt;reason&gt;</c> through <see cref="Assert.Ignore(string)"/>.
    /// </summary>
    public static async Task<string> RequireAsync(CancellationToken cancellationToken = default)
    {
        var lookup = await LookupAsync(cancellationToken);
        if (lookup.Path is null)
        {
            Assert.Ignore($"skipped: nginx unavailable: {lookup.Reason}");
        }

        return lookup.Path!;
    }

    /// <summary>Finds nginx, installing it when allowed; the first answer is reused for the rest of the process.</summary>
    public static async Task<NginxLookup> LookupAsync(CancellationToken cancellationToken = default)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            return _lookup ??= await FindOrInstallAsync(cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The nginx binary on PATH or in a usual place, or null.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "nginx"));
        return onPath.Concat(WellKnownPaths).FirstOrDefault(File.Exists);
    }

    private static async Task<NginxLookup> FindOrInstallAsync(CancellationToken cancellationToken)
    {
        if (Find() is { } found)
        {
            return NginxLookup.Found(found, installed: false);
        }

        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PathVariable)))
        {
            return NginxLookup.Missing($"{PathVariable} points to a missing file");
        }

        if (Environment.GetEnvironmentVariable(NoInstallVariable) == "1")
        {
            return NginxLookup.Missing($"not installed, and {NoInstallVariable}=1 forbids installing it");
        }

        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/apt-get"))
        {
            return NginxLookup.Missing("not installed, and apt-get is not available to install it");
        }

        if (!await IsRootAsync(cancellationToken))
        {
            return NginxLookup.Missing("not installed, and installing it with apt-get needs root");
        }

        // Test assemblies may run in parallel processes, and dpkg allows one installer at a time.
        using var machineLock = await AcquireInstallLockAsync(cancellationToken);
        if (Find() is { } installedMeanwhile)
        {
            return NginxLookup.Found(installedMeanwhile, installed: false);
        }

        return await InstallAsync(cancellationToken);
    }

    private static async Task<NginxLookup> InstallAsync(CancellationToken cancellationToken)
    {
        TestContext.Progress.WriteLine("nginx is missing; installing it with apt-get (once per test run)…");
        var environment = new Dictionary<string, string?> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        var stopwatch = Stopwatch.StartNew();
        var update = await ProcessRunner.RunAsync(
            "apt-get", ["update"], environment: environment, timeout: TimeSpan.FromMinutes(5), cancellationToken: cancellationToken);
        if (!update.Succeeded)
        {
            return NginxLookup.Missing($"apt-get update failed:{Environment.NewLine}{update}");
        }

        var install = await ProcessRunner.RunAsync(
            "apt-get",
            ["install", "-y", "--no-install-recommends", "nginx"],
            environment: environment,
            timeout: TimeSpan.FromMinutes(10),
            cancellationToken: cancellationToken);
        if (!install.Succeeded)
        {
            return NginxLookup.Missing($"apt-get install nginx failed:{Environment.NewLine}{install}");
        }

        TestContext.Progress.WriteLine($"nginx installed in {stopwatch.Elapsed.TotalSeconds:0.0} s.");
        return Find() is { } path
            ? NginxLookup.Found(path, installed: true)
            : NginxLookup.Missing("apt-get installed nginx, but no nginx binary was found afterwards");
    }

    internal static async Task<bool> IsRootAsync(CancellationToken cancellationToken)
    {
        if (Environment.UserName == "root")
        {
            return true;
        }

        var id = await ProcessRunner.RunAsync("id", ["-u"], timeout: TimeSpan.FromSeconds(10), cancellationToken: cancellationToken);
        return id.Succeeded && id.StdOut.Trim() == "0";
    }

    private static async Task<FileStream> AcquireInstallLockAsync(CancellationToken cancellationToken)
    {
        // FileShare.None is an exclusive advisory lock (flock) on Unix, released if the process dies.
        var path = Path.Combine(Path.GetTempPath(), "liftoff-nginx-install.lock");
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < TimeSpan.FromMinutes(15))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            }
        }
    }
}

using System.Diagnostics;
using Liftoff.TestSupport.Processes;

namespace Liftoff.TestSupport.Debian;

/// <summary>
/// Installs Debian packages with <c>apt-get update</c> and <c>apt-get install -y --no-install-recommends</c>, as root
/// only, one installer at a time across processes (dpkg allows one). Used for the programs the tests and the demo
/// need on a fresh machine: nginx, and Node.js for the sample site.
/// </summary>
public static class AptPackages
{
    /// <summary>Whether this process may install packages: Linux with apt-get, run as root.</summary>
    /// <returns>Null when it may; otherwise why not.</returns>
    public static async Task<string?> CannotInstallAsync(CancellationToken cancellationToken = default)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/apt-get"))
        {
            return "apt-get is not available to install it";
        }

        return await IsRootAsync(cancellationToken) ? null : "installing it with apt-get needs root";
    }

    /// <summary>
    /// Installs <paramref name="packages"/> unless <paramref name="alreadyThere"/> answers true once the install lock is
    /// held (another process may have installed them meanwhile). Progress lines go to <paramref name="progress"/>.
    /// </summary>
    /// <returns>Whether this call installed them, and null on success or else why the install failed, with apt-get's output.</returns>
    public static async Task<(bool Installed, string? Failure)> InstallAsync(
        IReadOnlyList<string> packages, Func<bool> alreadyThere, TextWriter progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(packages);
        ArgumentNullException.ThrowIfNull(alreadyThere);
        ArgumentNullException.ThrowIfNull(progress);
        using var machineLock = await AcquireInstallLockAsync(cancellationToken);
        if (alreadyThere())
        {
            return (false, null);
        }

        var names = string.Join(" ", packages);
        await progress.WriteLineAsync($"{names} missing; installing with apt-get…");
        var environment = new Dictionary<string, string?> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        var stopwatch = Stopwatch.StartNew();
        var update = await ProcessRunner.RunAsync(
            "apt-get", ["update"], environment: environment, timeout: TimeSpan.FromMinutes(5), cancellationToken: cancellationToken);
        if (!update.Succeeded)
        {
            return (false, $"apt-get update failed:{Environment.NewLine}{update}");
        }

        var install = await ProcessRunner.RunAsync(
            "apt-get", ["install", "-y", "--no-install-recommends", .. packages],
            environment: environment, timeout: TimeSpan.FromMinutes(10), cancellationToken: cancellationToken);
        if (!install.Succeeded)
        {
            return (false, $"apt-get install {names} failed:{Environment.NewLine}{install}");
        }

        await progress.WriteLineAsync($"{names} installed in {stopwatch.Elapsed.TotalSeconds:0.0} s.");
        return (true, null);
    }

    /// <summary>Whether this process runs as root.</summary>
    public static async Task<bool> IsRootAsync(CancellationToken cancellationToken = default)
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
        var path = Path.Combine(Path.GetTempPath(), "liftoff-apt-install.lock");
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

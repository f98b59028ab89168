using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.TestSupport.Debian;
using Liftoff.TestSupport.Nginx;
using Liftoff.TestSupport.Processes;

namespace Build.Demo;

/// <summary>
/// What the demo runs besides .NET and git: nginx, which serves the three environments and proxies to the service's
/// slots, and Node.js, which builds and tests the sample site and runs its order service. A fresh Debian machine gets
/// them from apt-get when the demo runs as root, as the tests get nginx (<see cref="NginxLocator"/>,
/// <see cref="AptPackages"/>); otherwise the demo stops and says what to install.
/// </summary>
internal static class Prerequisites
{
    // The sample needs the test runner's custom reporters (18.15); Debian 12's nodejs package is 18.19.
    private static readonly Version MinimumNode = new(18, 15);

    public static async Task<string> RequireNginxAsync(ICakeLog log)
    {
        var lookup = await NginxLocator.LookupAsync();
        if (lookup.Path is null)
        {
            throw new CakeException($"The demo serves its environments with nginx, which is unavailable: {lookup.Reason}. Install it (apt-get install nginx) and run the demo again.");
        }

        log.Information("nginx:   {0}{1}", lookup.Path, lookup.Installed ? " (installed with apt-get)" : "");
        return lookup.Path;
    }

    public static async Task<string> RequireNodeAsync(ICakeLog log)
    {
        if (FindNode() is null)
        {
            if (await AptPackages.CannotInstallAsync() is { } cannot)
            {
                throw new CakeException($"The sample site is built and tested with Node.js, which is not installed, and {cannot}. Install Node.js 18.15 or later and run the demo again.");
            }

            var (_, failure) = await AptPackages.InstallAsync(["nodejs"], () => FindNode() is not null, new LogWriter(log));
            if (failure is not null)
            {
                throw new CakeException("Node.js could not be installed: " + failure);
            }
        }

        var node = FindNode() ?? throw new CakeException("apt-get installed nodejs, but no node binary was found on PATH afterwards.");
        var version = await ProcessRunner.RunAsync(node, ["--version"], timeout: TimeSpan.FromSeconds(30));
        var text = version.StdOut.Trim();
        if (!version.Succeeded || !System.Version.TryParse(text.TrimStart('v').Split('-')[0], out var parsed) || parsed < MinimumNode)
        {
            throw new CakeException(string.Create(CultureInfo.InvariantCulture,
                $"The sample site needs Node.js {MinimumNode} or later; {node} is '{text}'. Install a newer Node.js and run the demo again."));
        }

        log.Information("node:    {0} {1}", node, text);
        return node;
    }

    private static string? FindNode() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "node"))
            .FirstOrDefault(File.Exists);
}

using Liftoff.TestSupport.Debian;
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

        if (await AptPackages.CannotInstallAsync(cancellationToken) is { } cannot)
        {
            return NginxLookup.Missing("not installed, and " + cannot);
        }

        // Test assemblies may run in parallel processes, and dpkg allows one installer at a time: AptPackages holds a
        // machine-wide lock and looks again once it has it.
        var (installed, failure) = await AptPackages.InstallAsync(["nginx"], () => Find() is not null, TestContext.Progress, cancellationToken);
        if (failure is not null)
        {
            return NginxLookup.Missing(failure);
        }

        return Find() is { } path
            ? NginxLookup.Found(path, installed)
            : NginxLookup.Missing("apt-get installed nginx, but no nginx binary was found afterwards");
    }

    internal static Task<bool> IsRootAsync(CancellationToken cancellationToken) => AptPackages.IsRootAsync(cancellationToken);
}

using Cake.Common;
using Cake.Core;
using Cake.Core.IO;

namespace Build.Tasks;

/// <summary>
/// NuGet never looks at a feed again for a version it has cached, so after re-packing a version (a development
/// version is re-packed on every run of the same commit) the cached copy would win over the new package. Pack drops
/// the cached copies of exactly the packages and version it wrote, and nothing else.
/// </summary>
internal static class PackageCache
{
    public static IReadOnlyList<string> DropStaleCopies(ICakeContext context, IEnumerable<string> packageIds, string version)
    {
        var root = GlobalPackagesFolder(context);
        if (root is null)
        {
            return [];
        }

        var dropped = new List<string>();
        foreach (var id in packageIds)
        {
            var folder = System.IO.Path.Combine(root, id.ToLowerInvariant(), version.ToLowerInvariant());
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
                dropped.Add($"{id} {version}");
            }
        }

        return dropped;
    }

    private static string? GlobalPackagesFolder(ICakeContext context)
    {
        var exitCode = context.StartProcess("dotnet", new ProcessSettings
        {
            Arguments = "nuget locals global-packages --list",
            RedirectStandardOutput = true,
            Silent = true,
        }, out var lines);
        const string prefix = "global-packages:";
        var line = lines.FirstOrDefault(text => text.StartsWith(prefix, StringComparison.Ordinal));
        return exitCode == 0 && line is not null ? line[prefix.Length..].Trim() : null;
    }
}

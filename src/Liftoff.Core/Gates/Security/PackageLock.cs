using System.Text.Json;
using Liftoff.Diagnostics;

namespace Liftoff.Gates.Security;

/// <summary>The resolved npm packages in a <c>package-lock.json</c>, for matching against an offline advisory file.</summary>
public static class PackageLock
{
    /// <summary>Reads lock file version 2 and 3 (<c>packages</c>) and version 1 (nested <c>dependencies</c>).</summary>
    /// <exception cref="LiftoffException">The file cannot be read or is not JSON.</exception>
    public static IReadOnlyList<ResolvedPackage> Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            var packages = new List<ResolvedPackage>();
            if (root.Property("packages") is { ValueKind: JsonValueKind.Object } entries)
            {
                foreach (var entry in entries.EnumerateObject().Where(entry => entry.Name.Length > 0))
                {
                    // The key is the install path; the package's name is after the last node_modules/. Other keys are
                    // the project's own workspaces, which come from no registry and have no advisories.
                    var at = entry.Name.LastIndexOf("node_modules/", StringComparison.Ordinal);
                    var name = at < 0 ? null : entry.Value.String("name") ?? entry.Name[(at + "node_modules/".Length)..];
                    if (name is not null && entry.Value.String("version") is { } version && entry.Value.Property("link") is null)
                    {
                        packages.Add(new ResolvedPackage("npm", name, version));
                    }
                }
            }
            else
            {
                AddDependencies(root, packages);
            }

            return packages.Distinct().ToList();
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new LiftoffException(DiagnosticCodes.AuditOutputUnreadable, ExitCodes.TaskFailed, $"Cannot read '{path}': {error.Message}", error);
        }
    }

    private static void AddDependencies(JsonElement parent, List<ResolvedPackage> packages)
    {
        if (parent.Property("dependencies") is not { ValueKind: JsonValueKind.Object } dependencies)
        {
            return;
        }

        foreach (var dependency in dependencies.EnumerateObject())
        {
            if (dependency.Value.String("version") is { } version)
            {
                packages.Add(new ResolvedPackage("npm", dependency.Name, version));
            }

            AddDependencies(dependency.Value, packages);
        }
    }
}

using System.Text;
using Liftoff.Configuration;

namespace Liftoff.Building;

/// <summary>
/// Checks the artifact's JavaScript against <c>build.sourceMaps</c>: with <c>require</c>, each script needs a
/// <c>.map</c> beside it (<c>app.js.map</c>) or a <c>sourceMappingURL</c> comment; with <c>forbid</c>, none may
/// ship; <c>allow</c> switches the check off. With no JavaScript there is nothing to check.
/// </summary>
public static class SourceMapCheck
{
    private static readonly string[] ScriptExtensions = [".js", ".mjs", ".cjs"];

    /// <summary>Checks the files of an extracted artifact in <paramref name="folder"/>.</summary>
    public static async Task<CheckPart> CheckAsync(string folder, IReadOnlyList<FileSize> files, SourceMapPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (policy == SourceMapPolicy.Allow)
        {
            return new CheckPart("source maps skipped", [], "build.sourceMaps is allow");
        }

        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var scripts = files.Where(f => ScriptExtensions.Any(ext => f.Path.EndsWith(ext, StringComparison.OrdinalIgnoreCase))).ToList();
        if (scripts.Count == 0)
        {
            return new CheckPart("source maps skipped", [], "no JavaScript in the artifact");
        }

        var mapped = new List<string>();
        var unmapped = new List<string>();
        foreach (var script in scripts)
        {
            var hasMap = paths.Contains(script.Path + ".map")
                || await HasMappingCommentAsync(Path.Combine(folder, script.Path), cancellationToken).ConfigureAwait(false);
            (hasMap ? mapped : unmapped).Add(script.Path);
        }

        if (policy == SourceMapPolicy.Forbid)
        {
            var maps = paths.Where(p => p.EndsWith(".map", StringComparison.OrdinalIgnoreCase)).Concat(mapped).Distinct().Order(StringComparer.Ordinal).ToList();
            return maps.Count == 0
                ? new CheckPart("no source maps ✓", [])
                : new CheckPart($"{maps.Count} source map(s) ✗", [$"source maps may not ship (build.sourceMaps is forbid): {List(maps)}"]);
        }

        return unmapped.Count == 0
            ? new CheckPart("source maps ✓", [])
            : new CheckPart($"source maps {mapped.Count}/{scripts.Count} ✗",
                [$"{unmapped.Count} script(s) have no source map (no .map beside them, no sourceMappingURL comment): {List(unmapped)}; or set build.sourceMaps to allow"]);
    }

    private static string List(List<string> paths) =>
        string.Join(", ", paths.Take(10)) + (paths.Count > 10 ? $" and {paths.Count - 10} more" : "");

    private static async Task<bool> HasMappingCommentAsync(string path, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        return text.Contains("//# sourceMappingURL=", StringComparison.Ordinal) || text.Contains("//@ sourceMappingURL=", StringComparison.Ordinal);
    }
}

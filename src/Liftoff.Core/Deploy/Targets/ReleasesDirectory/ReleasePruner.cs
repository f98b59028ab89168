namespace Liftoff.Deploy.Targets.ReleasesDirectory;

/// <summary>
/// Removes old releases beyond the newest <c>keep</c>, newest by the time each was prepared (the release folder's
/// mtime, set by the target). The served release and the previous one are never removed, whatever their age.
/// Also clears the dot-folders a crashed deploy can leave behind.
/// </summary>
internal static class ReleasePruner
{
    public static IReadOnlyList<string> Prune(ReleasesLayout layout, int keep, params string?[] protectedIds)
    {
        // Leftovers of a deploy that crashed mid-way; the deploy lock means no other deploy is using them now.
        foreach (var leftover in new DirectoryInfo(layout.Releases).EnumerateDirectories(".*"))
        {
            if (leftover.Name.StartsWith(".staging-", StringComparison.Ordinal) || leftover.Name.StartsWith(".pruning-", StringComparison.Ordinal))
            {
                leftover.Delete(recursive: true);
            }
        }

        var releases = new DirectoryInfo(layout.Releases).EnumerateDirectories()
            .Where(d => !d.Name.StartsWith('.'))
            .OrderByDescending(d => d.LastWriteTimeUtc)
            .ThenByDescending(d => d.Name, StringComparer.Ordinal)
            .ToList();
        var pruned = new List<string>();
        foreach (var release in releases.Skip(keep))
        {
            var name = release.Name;
            if (protectedIds.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            // Renamed aside first, so a half-deleted release never sits under a name someone could switch to.
            var doomed = Path.Combine(layout.Releases, $".pruning-{name}-{Guid.NewGuid():N}");
            release.MoveTo(doomed);
            Directory.Delete(doomed, recursive: true);
            pruned.Add(name);
        }

        return pruned;
    }
}

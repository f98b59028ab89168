namespace Liftoff.Deploy.Targets.GitHubPages;

/// <summary>
/// The messages of Pages commits. Machine-readable trailers (<c>Liftoff-Release: 1.2.0-abc1234</c>,
/// <c>Liftoff-Tree: …</c>) make the branch its own record: the tip says what is served, and the history says which
/// tree each release had, so a rollback needs nothing but the branch.
/// </summary>
internal static class PagesCommitMessage
{
    public const string ReleaseKey = "Liftoff-Release";
    public const string TreeKey = "Liftoff-Tree";
    public const string RollbackFromKey = "Liftoff-Rollback-From";

    public static string ForDeploy(string releaseId, string artifact, string commit, string tree) =>
        $"Deploy {artifact} ({releaseId})\n\nBuilt from {commit}.\n\n{ReleaseKey}: {releaseId}\n{TreeKey}: {tree}\n";

    public static string ForRollback(string releaseId, string? from, string tree) =>
        $"Roll back to {releaseId}\n\n{ReleaseKey}: {releaseId}\n{TreeKey}: {tree}\n" +
        (from is null ? "" : $"{RollbackFromKey}: {from}\n");

    /// <summary>The value of the last <paramref name="key"/> trailer, or null when the message has none.</summary>
    public static string? Trailer(string message, string key)
    {
        string? value = null;
        var prefix = key + ": ";
        foreach (var line in message.Split('\n'))
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                value = line[prefix.Length..].Trim();
            }
        }

        return value;
    }
}

namespace Liftoff.TestSupport.Nginx;

/// <summary>
/// Picks the <c>user</c> directive for nginx started as root. nginx's compiled-in default is <c>nobody nobody</c>,
/// which fails on Debian ("getgrnam(\"nobody\") failed") because the group there is <c>nogroup</c>.
/// </summary>
internal static class NginxWorkerUser
{
    public static string? Detect()
    {
        var users = Names("/etc/passwd");
        var groups = Names("/etc/group");
        if (users.Contains("www-data") && groups.Contains("www-data"))
        {
            return "www-data www-data";
        }

        if (users.Contains("nobody"))
        {
            return groups.Contains("nogroup") ? "nobody nogroup" : "nobody nobody";
        }

        return null;
    }

    private static HashSet<string> Names(string databasePath) =>
        File.Exists(databasePath)
            ? File.ReadLines(databasePath).Select(line => line.Split(':')[0]).ToHashSet(StringComparer.Ordinal)
            : [];
}

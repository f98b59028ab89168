using System.Globalization;

namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>
/// Knows when a reload has taken effect. <c>nginx -s reload</c> only signals the master, which then starts new
/// workers and tells the old ones to quit; until an old worker has handled that, it keeps serving requests (on
/// kept-alive connections, too) with the old weights. An old worker that has handled it renames itself
/// "worker process is shutting down", closes its listening sockets and serves no new request. So a switch is complete
/// when new workers run and none of the old workers of the same master still calls itself "worker process".
/// Read from <c>/proc</c>; where there is none, the wait is skipped.
/// </summary>
internal static class NginxWorkers
{
    private const string Worker = "nginx: worker process";

    /// <summary>The serving workers now, by pid, with their master's pid.</summary>
    public static IReadOnlyDictionary<int, int> Snapshot()
    {
        var workers = new Dictionary<int, int>();
        if (!Directory.Exists("/proc/self"))
        {
            return workers;
        }

        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && IsServingWorker(pid) && Parent(pid) is { } master)
            {
                workers[pid] = master;
            }
        }

        return workers;
    }

    /// <summary>Waits until the master that reloaded runs new workers and none of its old ones serves any more.</summary>
    /// <returns>False when that was not seen within <paramref name="timeout"/> (no /proc, or no master-worker nginx).</returns>
    public static Task<bool> WaitUntilReplacedAsync(IReadOnlyDictionary<int, int> before, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken) =>
        Poll.UntilAsync(_ =>
        {
            // A master that had workers before and has new ones now has reloaded (a master that just started had none
            // before); it is done once none of its old workers still serves. Other nginx instances on the host are
            // told apart by their master's pid.
            var now = Snapshot();
            var reloaded = now.Where(worker => !before.ContainsKey(worker.Key)).Select(worker => worker.Value)
                .Where(master => before.Values.Contains(master));
            return ValueTask.FromResult(reloaded.Any(master => !before.Any(old => old.Value == master && now.ContainsKey(old.Key))));
        }, timeout, TimeSpan.FromMilliseconds(10), time, cancellationToken);

    private static bool IsServingWorker(int pid)
    {
        try
        {
            // The title replaces argv: "nginx: worker process", then padding; "... is shutting down" once it quits.
            var title = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/cmdline").TrimEnd('\0', ' ');
            return title.StartsWith(Worker, StringComparison.Ordinal) && !title.Contains("shutting down", StringComparison.Ordinal);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static int? Parent(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

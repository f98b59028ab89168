using System.Globalization;
using System.Runtime.InteropServices;

namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>
/// A slot's process group, led by the process <c>setsid</c> started. Signals go to the whole group (the shell, the
/// app and anything they started), and "alive" means some member is still running: a zombie does not count, because
/// a detached slot's parent is init, and not every init (a container's, say) reaps promptly.
/// </summary>
internal static class ProcessGroup
{
    public const int SignalKill = 9;
    public const int SignalTerminate = 15;

    /// <summary>Sends <paramref name="signal"/> to every process in the group, and to its leader; false when there was none.</summary>
    /// <remarks>The leader too: for a moment after the start the group does not exist yet, until the leader has called setsid.</remarks>
    public static bool Signal(int groupId, int signal) =>
        groupId > 1 && (NativeMethods.Kill(-groupId, signal) == 0) | (NativeMethods.Kill(groupId, signal) == 0);

    /// <summary>Whether any process of the group is still running.</summary>
    public static bool IsAlive(int groupId)
    {
        if (groupId <= 1)
        {
            return false;
        }

        var procfs = Directory.Exists("/proc/self");
        if (NativeMethods.Kill(groupId, 0) == 0 && (!procfs || IsLiving(ReadStat(Path.Combine("/proc", groupId.ToString(CultureInfo.InvariantCulture), "stat")).State)))
        {
            return true; // The leader itself (which may not have called setsid yet, right after the start).
        }

        if (NativeMethods.Kill(-groupId, 0) != 0)
        {
            return false;
        }

        if (!procfs)
        {
            return true; // No /proc (macOS): the group exists, which is the best answer there is.
        }

        foreach (var stat in Directory.EnumerateDirectories("/proc").Select(dir => Path.Combine(dir, "stat")))
        {
            if (!char.IsAsciiDigit(Path.GetFileName(Path.GetDirectoryName(stat)!)[0]))
            {
                continue;
            }

            var (state, group) = ReadStat(stat);
            if (group == groupId && IsLiving(state))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLiving(char? state) => state is not ('Z' or 'X' or null);

    // /proc/<pid>/stat: "pid (comm) state ppid pgrp ..."; comm may hold spaces and parentheses, so split after the last ')'.
    private static (char? State, int Group) ReadStat(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return (null, 0); // The process ended while we looked.
        }

        var fields = text[(text.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 2 && int.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var group)
            ? (fields[0][0], group)
            : (null, 0);
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int Kill(int pid, int signal);
    }
}

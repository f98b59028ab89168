using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Liftoff.TestSupport.Processes;

namespace Liftoff.Reliability.Tests.Support;

/// <summary>
/// A host process that leads its own session (started through <c>setsid</c>, so its pid is the session id). A crash
/// test SIGKILLs the process itself, as the OOM killer or a lost CI runner would; the git children it started are
/// not killed, and finish or fail on their own, as they would. <see cref="DrainAsync"/> waits for them by session id,
/// so the test looks at the state only once nothing is still writing to it.
/// </summary>
public sealed partial class SessionProcess(RunningProcess process) : IAsyncDisposable
{
    private const int SigKill = 9;

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public int? ExitCode => process.ExitCode;

    public string StdOut => process.StdOut;

    public string StdErr => process.StdErr;

    /// <summary>
    /// Waits until the output has a line that is exactly <paramref name="line"/> (a task's banner, for example), or
    /// with <paramref name="prefix"/>, one that starts with it.
    /// </summary>
    /// <returns>False when the process exited first or the line did not come in time.</returns>
    public async Task<bool> WaitForLineAsync(string line, TimeSpan timeout, bool prefix = false)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < timeout)
        {
            if (HasLine(line, prefix))
            {
                return true;
            }

            if (process.HasExited)
            {
                // The line may have arrived between the look and the exit: read to the end of the output first.
                await process.WaitForExitAsync(timeout);
                return HasLine(line, prefix);
            }

            await Task.Delay(2);
        }

        return false;
    }

    private bool HasLine(string line, bool prefix)
    {
        var output = process.StdOut;
        var end = prefix ? "" : "\n";
        return output.StartsWith(line + end, StringComparison.Ordinal) || output.Contains("\n" + line + end, StringComparison.Ordinal);
    }

    /// <summary>SIGKILLs the host process alone. Returns false when it had already exited.</summary>
    public bool Kill()
    {
        if (process.HasExited)
        {
            return false;
        }

        return NativeKill(process.Id, SigKill) == 0;
    }

    /// <summary>Waits for the host to exit.</summary>
    public Task<int> WaitForExitAsync(TimeSpan timeout) => process.WaitForExitAsync(timeout);

    /// <summary>
    /// Waits until no process of the session is left (the host and any git it started). Whatever is still there after
    /// <paramref name="timeout"/> is SIGKILLed and reported.
    /// </summary>
    /// <returns>How many processes had to be killed.</returns>
    public async Task<int> DrainAsync(TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < timeout)
        {
            if (Members().Count == 0)
            {
                return 0;
            }

            await Task.Delay(5);
        }

        var left = Members();
        foreach (var pid in left)
        {
            NativeKill(pid, SigKill);
        }

        return left.Count;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var pid in Members())
        {
            NativeKill(pid, SigKill);
        }

        await process.DisposeAsync();
    }

    public override string ToString() => process.ToString();

    /// <summary>The pids whose session id is this process's pid, read from <c>/proc/&lt;pid&gt;/stat</c>.</summary>
    private List<int> Members()
    {
        var members = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(directory, "stat"));
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                continue; // gone meanwhile
            }

            // pid (comm) state ppid pgrp session …; comm may hold spaces and parentheses, so split after the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (fields.Length > 3 && fields[0] != "Z" && int.Parse(fields[3], CultureInfo.InvariantCulture) == process.Id)
            {
                members.Add(pid);
            }
        }

        return members;
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int NativeKill(int pid, int signal);
}

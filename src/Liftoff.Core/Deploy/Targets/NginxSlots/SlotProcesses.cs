using System.Globalization;
using Liftoff.Deploy.Targets.Command;
using Liftoff.Diagnostics;
using Liftoff.Processes;

namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>
/// Starts and stops the process of a slot. A slot must outlive the Cake run that started it, so it is started
/// detached: <c>setsid</c> gives it its own session and process group (no terminal's Ctrl-C reaches it), stdin is
/// <c>/dev/null</c> and its output goes to the slot's log file (never to a pipe the run waits on). The group
/// leader's pid is recorded in the state; a stop runs the user's stop command when there is one, then SIGTERM to the
/// whole group, and SIGKILL when it is still there after the stop timeout.
/// </summary>
internal sealed class SlotProcesses(NginxSlotsOptions options, TimeProvider time)
{
    // $1 is the command and $2 the log file, passed as arguments so that nothing is quoted twice.
    private const string DetachScript = "setsid /bin/sh -c \"$1\" </dev/null >>\"$2\" 2>&1 & echo $!";
    private static readonly TimeSpan CheckEvery = TimeSpan.FromMilliseconds(50);

    /// <summary>Starts the slot's version; returns the pid of its process group leader.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.SlotStartFailed"/>.</exception>
    public async Task<int> StartAsync(SlotName slot, SlotState state, CancellationToken cancellationToken)
    {
        var command = Fill(options.Start, slot, state, pid: null);
        var log = options.LogPath(slot);
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        await File.AppendAllTextAsync(log, string.Create(CultureInfo.InvariantCulture,
            $"--- {time.GetUtcNow():u} Liftoff starts {state.Version} in {slot.Key()}: {command}\n"), cancellationToken).ConfigureAwait(false);
        var outcome = await ProcessRunner.RunAsync(new ProcessRequest("/bin/sh", ["-c", DetachScript, "liftoff-slot", command, log])
        {
            WorkingDirectory = options.WorkingDirectory,
            Timeout = TimeSpan.FromSeconds(30),
            Time = time,
        }, cancellationToken).ConfigureAwait(false);
        if (outcome.ExitCode != 0 || !int.TryParse(outcome.StandardOutput.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid))
        {
            throw new LiftoffException(DiagnosticCodes.SlotStartFailed, ExitCodes.TaskFailed,
                $"could not start {state.Version} in the {slot.Key()} slot of {options.Environment} ({command}):{ShellCommand.Tail(outcome.Output)}");
        }

        options.Output?.Invoke(string.Create(CultureInfo.InvariantCulture, $"{slot.Key()}: started {state.Version} on port {options.PortOf(slot)} (pid {pid}, log {log})"));
        return pid;
    }

    /// <summary>Whether the slot's process group still runs.</summary>
    public static bool IsRunning(SlotState state) => state.ProcessId is { } pid && ProcessGroup.IsAlive(pid);

    /// <summary>Stops the slot's process group; nothing to do when it is not running.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.SlotStopFailed"/>.</exception>
    public async Task StopAsync(SlotName slot, SlotState state, CancellationToken cancellationToken)
    {
        if (state.ProcessId is not { } pid || !ProcessGroup.IsAlive(pid))
        {
            return;
        }

        if (options.Stop is { } stop)
        {
            var request = ProcessRequest.Shell(Fill(stop, slot, state, pid)) with
            {
                WorkingDirectory = options.WorkingDirectory,
                Timeout = options.StopTimeout,
                OnLine = options.Output,
                Time = time,
            };
            var outcome = await ProcessRunner.RunAsync(request, cancellationToken).ConfigureAwait(false);
            if (outcome.ExitCode != 0)
            {
                options.Output?.Invoke(string.Create(CultureInfo.InvariantCulture, $"{slot.Key()}: the stop command exited with code {outcome.ExitCode}; signalling the process group"));
            }
        }

        ProcessGroup.Signal(pid, ProcessGroup.SignalTerminate);
        var stopped = await Poll.UntilAsync(_ => ValueTask.FromResult(!ProcessGroup.IsAlive(pid)), options.StopTimeout, CheckEvery, time, cancellationToken).ConfigureAwait(false);
        if (!stopped)
        {
            ProcessGroup.Signal(pid, ProcessGroup.SignalKill);
            stopped = await Poll.UntilAsync(_ => ValueTask.FromResult(!ProcessGroup.IsAlive(pid)), TimeSpan.FromSeconds(5), CheckEvery, time, cancellationToken).ConfigureAwait(false);
        }

        if (!stopped)
        {
            throw new LiftoffException(DiagnosticCodes.SlotStopFailed, ExitCodes.TaskFailed, string.Create(CultureInfo.InvariantCulture,
                $"the {slot.Key()} slot of {options.Environment} ({state.Version}, process group {pid}) is still running after SIGTERM and SIGKILL"));
        }

        options.Output?.Invoke(string.Create(CultureInfo.InvariantCulture, $"{slot.Key()}: stopped {state.Version} (pid {pid})"));
    }

    /// <summary>The last lines of the slot's log, for an error message.</summary>
    public string LogTail(SlotName slot)
    {
        var log = options.LogPath(slot);
        return File.Exists(log) ? ShellCommand.Tail(string.Join('\n', File.ReadLines(log).TakeLast(20))) : "";
    }

    private string Fill(string template, SlotName slot, SlotState state, int? pid) =>
        ShellQuote.Fill(template, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["version"] = state.Version ?? "",
            ["artifact"] = state.Artifact ?? "",
            ["release"] = state.Release ?? "",
            ["port"] = options.PortOf(slot).ToString(CultureInfo.InvariantCulture),
            ["slot"] = slot.Key(),
            ["pid"] = pid?.ToString(CultureInfo.InvariantCulture) ?? "",
        });
}

using System.Text;
using Liftoff.Artifacts;
using Liftoff.Deploy.Targets.Command;
using Liftoff.Diagnostics;
using Liftoff.Processes;

namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>
/// Moves traffic: writes the upstream file (atomically), checks the whole configuration with <c>nginx -t</c>, then
/// asks for a graceful <c>nginx -s reload</c> (old workers finish their requests on the old weights). A rejected
/// configuration or a failed reload puts the previous file back, so nginx is left as it was. A move returns once
/// nginx's old workers have stopped taking requests (<see cref="NginxWorkers"/>).
/// </summary>
internal sealed class NginxTraffic(NginxSlotsOptions options, TimeProvider time)
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Applies the weights of <paramref name="next"/>; returns how long the write, test and reload took.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.NginxConfigRejected"/> or <see cref="DiagnosticCodes.NginxReloadFailed"/>.</exception>
    public async Task<TimeSpan> ApplyAsync(SlotsState next, CancellationToken cancellationToken)
    {
        var path = options.UpstreamFile;
        var previous = File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false) : null;
        var started = time.GetTimestamp();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await AtomicFile.WriteAsync(path, Encoding.UTF8.GetBytes(UpstreamText.Render(next, options)), cancellationToken).ConfigureAwait(false);

        var test = await NginxAsync("-t", cancellationToken).ConfigureAwait(false);
        if (test.ExitCode != 0 || test.TimedOut)
        {
            await RestoreAsync(path, previous).ConfigureAwait(false);
            throw new LiftoffException(DiagnosticCodes.NginxConfigRejected, ExitCodes.TaskFailed,
                $"nginx -t rejected the configuration with the new upstream file {path}, so the previous file was put back and nginx was not reloaded; traffic did not move:{ShellCommand.Tail(test.Output)}");
        }

        var workers = NginxWorkers.Snapshot();
        var reload = await NginxAsync("-s reload", cancellationToken).ConfigureAwait(false);
        if (reload.ExitCode != 0 || reload.TimedOut)
        {
            await RestoreAsync(path, previous).ConfigureAwait(false);
            throw new LiftoffException(DiagnosticCodes.NginxReloadFailed, ExitCodes.TaskFailed,
                $"nginx -s reload failed (is nginx running with these arguments: {Describe()}?); the previous upstream file {path} was put back:{ShellCommand.Tail(reload.Output)}");
        }

        // The reload is asynchronous: the switch is complete when the old workers no longer take requests.
        if (!await NginxWorkers.WaitUntilReplacedAsync(workers, SettleTimeout, time, cancellationToken).ConfigureAwait(false))
        {
            options.Output?.Invoke($"nginx: could not see the old workers hand over within {SettleTimeout.TotalSeconds:0} s (no /proc, or not a master-worker nginx); going on");
        }

        return time.GetElapsedTime(started);
    }

    private string Describe() => (ShellQuote.Quote(options.Nginx) + " " + options.NginxArguments).Trim();

    private Task<ProcessOutcome> NginxAsync(string action, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync(ProcessRequest.Shell($"{Describe()} {action}") with
        {
            WorkingDirectory = options.WorkingDirectory,
            Timeout = CommandTimeout,
            Time = time,
        }, cancellationToken);

    private static async Task RestoreAsync(string path, byte[]? previous)
    {
        if (previous is null)
        {
            File.Delete(path);
            return;
        }

        // Not cancellable: a half-done restore would leave nginx's next reload with the rejected file.
        await AtomicFile.WriteAsync(path, previous, CancellationToken.None).ConfigureAwait(false);
    }
}

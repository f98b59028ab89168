using Liftoff.Diagnostics;
using Liftoff.Processes;

namespace Liftoff.Deploy.Targets.Command;

/// <summary>Runs one command line with <c>/bin/sh -c</c>, capturing its output, and kills it at its timeout.</summary>
internal static class ShellCommand
{
    public static async Task<ShellCommandResult> RunAsync(
        string label, string commandLine, CommandTargetOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var request = ProcessRequest.Shell(commandLine) with
        {
            WorkingDirectory = options.WorkingDirectory,
            Timeout = options.Timeout,
            OnLine = options.Output,
            Time = time,
        };
        var outcome = await ProcessRunner.RunAsync(request, cancellationToken).ConfigureAwait(false);
        if (outcome.TimedOut)
        {
            throw new LiftoffException(DiagnosticCodes.CommandTimedOut, ExitCodes.TaskFailed,
                $"the {label} command of {options.Environment} ran longer than {options.Timeout.TotalSeconds:0} s and was killed: {commandLine}{Tail(outcome.Output)}");
        }

        return new ShellCommandResult(outcome.ExitCode, outcome.Output, outcome.Elapsed);
    }

    /// <summary>The last lines of the output, indented under the message; empty when there was none.</summary>
    public static string Tail(string output)
    {
        var lines = output.TrimEnd().Split('\n');
        if (lines is [""])
        {
            return "";
        }

        return "\n  " + string.Join("\n  ", lines.TakeLast(40));
    }
}

using System.ComponentModel;
using System.Globalization;
using Liftoff.Diagnostics;
using Liftoff.Processes;

namespace Liftoff.Building;

/// <summary>
/// Runs one build command with <c>/bin/sh -c</c> in a production environment, streaming each line to a callback
/// and capturing it, and kills the whole process tree at the timeout.
/// </summary>
public static class BuildCommand
{
    /// <summary>The environment every build command gets on top of the caller's.</summary>
    public static IReadOnlyDictionary<string, string> ProductionEnvironment { get; } = new Dictionary<string, string>
    {
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["NODE_ENV"] = "production",
        // The terminal logger rewrites lines in place; the classic one prints the canonical warning format we read.
        ["MSBUILDTERMINALLOGGER"] = "off",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };

    /// <summary>Runs <paramref name="commandLine"/> and returns its exit code and output; a non-zero exit is not thrown.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.BuildCommandTimedOut"/> or <see cref="DiagnosticCodes.BuildCommandNotStarted"/>.</exception>
    public static async Task<BuildCommandResult> RunAsync(
        string commandLine, string workingDirectory, TimeSpan timeout, Action<string>? onLine, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var request = ProcessRequest.Shell(commandLine) with
        {
            WorkingDirectory = workingDirectory,
            Environment = ProductionEnvironment.ToDictionary(pair => pair.Key, string? (pair) => pair.Value),
            Timeout = timeout,
            OnLine = onLine,
            Time = time,
        };
        ProcessOutcome outcome;
        try
        {
            outcome = await ProcessRunner.RunAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Win32Exception error)
        {
            throw new LiftoffException(DiagnosticCodes.BuildCommandNotStarted, ExitCodes.TaskFailed,
                $"could not start /bin/sh for the build command '{commandLine}': {error.Message}", error);
        }

        if (outcome.TimedOut)
        {
            throw new LiftoffException(DiagnosticCodes.BuildCommandTimedOut, ExitCodes.TaskFailed, string.Create(CultureInfo.InvariantCulture,
                $"the build command ran longer than {timeout.TotalSeconds:0} s (build.timeoutSeconds) and was killed: {commandLine}{Tail(outcome.Output)}"));
        }

        return new BuildCommandResult(commandLine, outcome.ExitCode, outcome.Output, outcome.Elapsed);
    }

    /// <summary>The last lines of some output, indented under a message; empty when there was none.</summary>
    public static string Tail(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var lines = output.TrimEnd().Split('\n');
        return lines is [""] ? "" : "\n  " + string.Join("\n  ", lines.TakeLast(30));
    }
}

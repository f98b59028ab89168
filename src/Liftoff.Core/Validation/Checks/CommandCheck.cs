using Liftoff.Configuration;
using Liftoff.Processes;

namespace Liftoff.Validation.Checks;

/// <summary>
/// A shell command with <c>{url}</c> filled in; exit code 0 passes, any other fails. A timeout kills the whole process
/// tree, and a command that cannot start measured nothing: both are Inconclusive. The last lines of its output explain
/// a failure.
/// </summary>
internal sealed class CommandCheck(CheckContext context, CommandCheckOptions options) : IValidationCheck
{
    private const int TailLength = 400;

    public CheckKind Kind => CheckKind.Command;

    public string Name { get; } = options.Name ?? options.Command;

    public async Task<CheckResult> RunAsync(CancellationToken cancellationToken)
    {
        var started = context.Time.GetTimestamp();
        if (string.IsNullOrWhiteSpace(options.Command))
        {
            return CheckResult.Fail(Kind, Name, "no command", "the command is empty", TimeSpan.Zero);
        }

        var command = options.Command.Replace("{url}", context.BaseUrl.AbsoluteUri.TrimEnd('/'), StringComparison.Ordinal);
        var limit = TimeSpan.FromSeconds(options.TimeoutSeconds);
        ProcessOutcome outcome;
        try
        {
            outcome = await ProcessRunner.RunAsync(Request(command) with { Timeout = limit, Time = context.Time }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            return CheckResult.Inconclusive(Kind, Name, "not started", error.Message, context.Time.GetElapsedTime(started));
        }

        var elapsed = context.Time.GetElapsedTime(started);
        if (outcome.TimedOut)
        {
            return CheckResult.Inconclusive(Kind, Name, $"still running after {Measure.Ms(limit)}", $"timed out after {Measure.Ms(limit)}", elapsed);
        }

        var measured = $"exit {outcome.ExitCode} in {Measure.Ms(elapsed)}";
        var values = new Dictionary<string, double> { ["exitCode"] = outcome.ExitCode };
        var output = outcome.Output;
        var tail = output.Length <= TailLength ? output.Trim() : "…" + output[^TailLength..].Trim();
        return (outcome.ExitCode == 0
            ? CheckResult.Pass(Kind, Name, measured, elapsed)
            : CheckResult.Fail(Kind, Name, measured, tail.Length == 0 ? "non-zero exit code" : tail, elapsed)) with { Values = values };
    }

    private static ProcessRequest Request(string command) =>
        OperatingSystem.IsWindows() ? new ProcessRequest("cmd.exe", ["/c", command]) : ProcessRequest.Shell(command);
}

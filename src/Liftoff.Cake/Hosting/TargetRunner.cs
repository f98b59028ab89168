using System.Diagnostics;
using System.Globalization;
using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Liftoff.Cake.CommandLine;
using Liftoff.Cake.Engine;
using Liftoff.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Hosting;

/// <summary>
/// Runs the targets on Cake's engine with Cake's default strategy (or the dry-run one), prints Cake's report with
/// skip reasons filled in, and turns the outcome into an exit code and a closing line.
/// </summary>
internal sealed class TargetRunner(IServiceProvider provider, TaskCatalog catalog, ICakeContext context, ICakeLog log, IConsole console)
{
    public async Task<int> RunAsync(ParsedCommandLine commandLine)
    {
        var engine = provider.GetRequiredService<ICakeEngine>();
        var printer = new CakeReportPrinter(console, context);
        var inner = commandLine.DryRun ? (IExecutionStrategy)new DryRunExecutionStrategy(log, catalog) : new DefaultExecutionStrategy(log, printer);
        var strategy = new ReasonedExecutionStrategy(inner, catalog, log);
        var settings = new ExecutionSettings().SetTargets(commandLine.Targets);
        if (commandLine.Exclusive)
        {
            settings.UseExclusiveTarget();
        }

        var targets = string.Join(", ", commandLine.Targets);
        var summary = provider.GetRequiredService<RunSummary>();
        var stopwatch = Stopwatch.StartNew();
        if (commandLine.DryRun)
        {
            log.Information("Dry run of {0}: these tasks would run, in this order. Nothing is changed.", targets);
        }

        if (!commandLine.DryRun)
        {
            try
            {
                foreach (var preflight in provider.GetServices<IRunPreflight>())
                {
                    await preflight.CheckAsync(context).ConfigureAwait(false);
                }
            }
            catch (LiftoffException refused)
            {
                return HostRun.Fail(console, refused.Message, refused.ExitCode, null);
            }
        }

        var observers = commandLine.DryRun ? [] : provider.GetServices<IRunObserver>().ToList();
        await NotifyAsync(observers, observer => observer.RunStartingAsync(context)).ConfigureAwait(false);
        try
        {
            var report = await engine.RunTargetAsync(context, strategy, settings).ConfigureAwait(false);
            WriteReport(printer, strategy.WithReasons(report), commandLine.DryRun);
        }
        catch (CakeReportException failure)
        {
            if (failure.Report is { IsEmpty: false } partial)
            {
                WriteReport(printer, strategy.WithReasons(partial), commandLine.DryRun);
            }

            var cause = failure.InnerException ?? failure;
            var outcome = new RunOutcome(commandLine.Targets, ExitCodeOf(cause), FirstLine(cause.Message), stopwatch.Elapsed);
            await NotifyAsync(observers, observer => observer.RunFinishedAsync(context, outcome)).ConfigureAwait(false);
            return HostRun.Fail(console, Describe(cause), outcome.ExitCode, summary.ClosingLine);
        }

        var succeeded = new RunOutcome(commandLine.Targets, ExitCodes.Success, null, stopwatch.Elapsed);
        await NotifyAsync(observers, observer => observer.RunFinishedAsync(context, succeeded)).ConfigureAwait(false);

        var verb = commandLine.DryRun ? "dry run finished" : "succeeded";
        console.WriteLine(summary.ClosingLine ?? summary.SuccessLine ?? string.Create(
            CultureInfo.InvariantCulture, $"Liftoff: {targets} {verb} in {stopwatch.Elapsed.TotalSeconds:0.0} s"));
        return ExitCodes.Success;
    }

    // An observer (summary, notices, CI files) never changes how the run ended: its failure is a warning.
    private async Task NotifyAsync(List<IRunObserver> observers, Func<IRunObserver, Task> notify)
    {
        foreach (var observer in observers)
        {
            try
            {
                await notify(observer).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                log.Warning("{0}: {1}", observer.GetType().Name, FirstLine(error.Message));
            }
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? message : message[..end].TrimEnd();
    }

    private void WriteReport(CakeReportPrinter printer, CakeReport report, bool dryRun)
    {
        var noReport = context.Configuration.GetValue("Settings_NoReport");
        if (!dryRun && !report.IsEmpty && !string.Equals(noReport, "true", StringComparison.OrdinalIgnoreCase))
        {
            printer.Write(report);
        }
    }

    private string Describe(Exception error) =>
        log.Verbosity >= Verbosity.Diagnostic ? error.ToString() : error.Message;

    private static int ExitCodeOf(Exception error) => error switch
    {
        LiftoffException liftoff => liftoff.ExitCode,
        CakeException { ExitCode: not 0 } cake => cake.ExitCode,
        _ => ExitCodes.TaskFailed,
    };
}

using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using NUnit.Framework;

namespace Liftoff.TestSupport.Processes;

/// <summary>
/// Runs real programs for tests. Output is read from both pipes at once, so a chatty program cannot fill one pipe
/// and deadlock; on timeout or cancellation the whole process tree is killed, so a shell's <c>sleep</c> child or a
/// server's workers never outlive the test.
/// </summary>
public static class ProcessRunner
{
    // A killed tree closes its pipes at once; this is only the wait for a stray descendant that escaped the kill.
    private static readonly TimeSpan DrainAfterKill = TimeSpan.FromSeconds(2);

    /// <summary>Runs a program to completion; see <see cref="RunAsync(ProcessSpec, CancellationToken)"/>.</summary>
    /// <param name="fileName">The program.</param>
    /// <param name="arguments">Its arguments, one element per argument.</param>
    /// <param name="workingDirectory">The working directory; the current one when null.</param>
    /// <param name="environment">Variables to set, or to remove with a null value.</param>
    /// <param name="timeout">Defaults to <see cref="ProcessSpec.DefaultTimeout"/>.</param>
    /// <param name="cancellationToken">Kills the process tree and throws when cancelled.</param>
    public static Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(
            new ProcessSpec(fileName, arguments.ToArray())
            {
                WorkingDirectory = workingDirectory,
                Environment = environment ?? new Dictionary<string, string?>(),
                Timeout = timeout ?? ProcessSpec.DefaultTimeout,
            },
            cancellationToken);

    /// <summary>
    /// Runs a program to completion. A non-zero exit code is not an error here: check
    /// <see cref="ProcessResult.Succeeded"/> or call <see cref="ProcessResult.EnsureSuccess"/>.
    /// </summary>
    /// <returns>The result; <see cref="ProcessResult.TimedOut"/> is true when the timeout killed the tree.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled; the tree has been killed.</exception>
    /// <exception cref="Win32Exception">The program could not be started (for example, it is not installed).</exception>
    public static async Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var process = CreateProcess(spec);
        var stopwatch = Stopwatch.StartNew();
        process.Start();

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);

        using var timeout = new CancellationTokenSource(spec.Timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var stdin = WriteStandardInputAsync(process, spec, linked.Token);

        var killed = false;
        try
        {
            await process.WaitForExitAsync(linked.Token);
            // A background grandchild may still hold the pipes open after the parent exits; do not wait past the timeout.
            await Task.WhenAll(stdout, stderr).WaitAsync(linked.Token);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            killed = true;
            await process.WaitForExitAsync(CancellationToken.None);
        }

        stopwatch.Stop();
        await IgnoreBrokenPipeAsync(stdin);
        var output = await DrainAsync(stdout, killed);
        var error = await DrainAsync(stderr, killed);
        if (killed && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException($"Cancelled; process tree killed: {spec.CommandLine}", cancellationToken);
        }

        return new ProcessResult(spec, killed ? -1 : process.ExitCode, output, error, killed, stopwatch.Elapsed);
    }

    /// <summary>
    /// Runs a program to completion, blocking. For synchronous fixtures such as the git sandbox's fluent API:
    /// NUnit runs tests without a synchronization context, so blocking on the async path cannot deadlock.
    /// </summary>
    public static ProcessResult Run(ProcessSpec spec) => RunAsync(spec).GetAwaiter().GetResult();

    /// <summary>
    /// Starts a long-running program (a server, a <c>./build.sh</c> child) and returns at once.
    /// Dispose the handle to kill the program and all its descendants.
    /// </summary>
    /// <exception cref="Win32Exception">The program could not be started.</exception>
    public static RunningProcess Start(ProcessSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var process = CreateProcess(spec);
        try
        {
            return new RunningProcess(process, spec);
        }
        catch
        {
            process.Dispose();
            throw;
        }
    }

    /// <summary>Kills a process and every descendant; a process that already exited is left alone.</summary>
    internal static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited, or never started: nothing to kill.
        }
        catch (Exception exception) when (exception is AggregateException or Win32Exception)
        {
            // Some descendant exited between being listed and being signalled; the rest were killed.
            TestContext.Progress.WriteLine($"warning: killing process tree {process.Id}: {exception.Message}");
        }
    }

    internal static Process CreateProcess(ProcessSpec spec)
    {
        var startInfo = new ProcessStartInfo(spec.FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = spec.WorkingDirectory ?? string.Empty,
        };
        foreach (var argument in spec.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in spec.Environment)
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        return new Process { StartInfo = startInfo };
    }

    private static async Task WriteStandardInputAsync(Process process, ProcessSpec spec, CancellationToken cancellationToken)
    {
        if (spec.StandardInput is null)
        {
            // Closed rather than inherited: a program that reads stdin sees end-of-file instead of waiting on the test runner.
            process.StandardInput.Close();
            return;
        }

        // The Process writer flushes on every write; a buffered writer keeps large inputs (git fast-import) fast.
        await using var writer = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false), 1 << 16)
        {
            NewLine = "\n",
        };
        await spec.StandardInput(writer, cancellationToken);
    }

    private static async Task IgnoreBrokenPipeAsync(Task stdin)
    {
        try
        {
            await stdin;
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException)
        {
            // The program exited or was killed before reading all its input; its exit code tells the story.
        }
    }

    private static async Task<string> DrainAsync(Task<string> reader, bool killed)
    {
        try
        {
            return killed ? await reader.WaitAsync(DrainAfterKill) : await reader;
        }
        catch (TimeoutException)
        {
            return "<output lost: a descendant outside the killed tree still holds the pipe>";
        }
    }
}

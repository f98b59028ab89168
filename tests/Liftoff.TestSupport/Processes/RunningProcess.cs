using System.Diagnostics;
using System.Globalization;
using System.Text;
using NUnit.Framework;

namespace Liftoff.TestSupport.Processes;

/// <summary>
/// A program started by <see cref="ProcessRunner.Start"/> that keeps running: a server, or a pipeline child a test
/// interrupts. Its output is collected as it arrives. Disposing kills the whole process tree.
/// </summary>
public sealed class RunningProcess : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Lock _gate = new();

    internal RunningProcess(Process process, ProcessSpec spec)
    {
        _process = process;
        Spec = spec;
        process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        process.Start();
        // Closed rather than inherited: a prompt sees end-of-file instead of waiting on the test runner.
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>What was started.</summary>
    public ProcessSpec Spec { get; }

    /// <summary>The operating-system process id.</summary>
    public int Id => _process.Id;

    /// <summary>True once the program has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The exit code, or null while the program runs.</summary>
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <summary>Standard output so far.</summary>
    public string StdOut => Snapshot(_stdout);

    /// <summary>Standard error so far.</summary>
    public string StdErr => Snapshot(_stderr);

    /// <summary>Waits until a line of output (either stream) contains <paramref name="text"/>.</summary>
    /// <exception cref="TimeoutException">The text did not appear in time.</exception>
    /// <exception cref="InvalidOperationException">The program exited first.</exception>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = Stopwatch.StartNew();
        while (!StdOut.Contains(text, StringComparison.Ordinal) && !StdErr.Contains(text, StringComparison.Ordinal))
        {
            if (HasExited)
            {
                await _process.WaitForExitAsync(cancellationToken);
                if (StdOut.Contains(text, StringComparison.Ordinal) || StdErr.Contains(text, StringComparison.Ordinal))
                {
                    return;
                }

                throw new InvalidOperationException($"Exited with code {_process.ExitCode} before printing '{text}'. {Describe()}");
            }

            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"'{text}' not seen within {timeout.TotalSeconds:0.#} s. {Describe()}");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    /// <summary>Waits for the program to exit on its own and for its output to be collected.</summary>
    /// <returns>The exit code.</returns>
    /// <exception cref="TimeoutException">Still running after <paramref name="timeout"/> (it is left running).</exception>
    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        try
        {
            await _process.WaitForExitAsync(cancellationToken).WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Still running after {timeout.TotalSeconds:0.#} s. {Describe()}");
        }

        return _process.ExitCode;
    }

    /// <summary>
    /// Sends a Unix signal (<c>TERM</c>, <c>INT</c>, <c>QUIT</c>, <c>HUP</c>…) to the program itself, not to its
    /// descendants: the way to ask a server to stop gracefully or a build to handle Ctrl+C.
    /// </summary>
    /// <exception cref="ProcessFailedException">The signal could not be sent (for example, the program has exited).</exception>
    public async Task SignalAsync(string signal, CancellationToken cancellationToken = default)
    {
        // The shell's built-in kill is everywhere; a kill binary (procps) is not.
        var pid = Id.ToString(CultureInfo.InvariantCulture);
        var result = await ProcessRunner.RunAsync(
            "sh", ["-c", "kill -s \"$0\" \"$1\"", signal, pid], timeout: TimeSpan.FromSeconds(10), cancellationToken: cancellationToken);
        result.EnsureSuccess();
    }

    /// <summary>Kills the program and all its descendants, and waits for it to be gone.</summary>
    public async Task KillAsync()
    {
        ProcessRunner.KillTree(_process);
        await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>Kills the whole tree if it is still running and releases the handle.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        catch (TimeoutException)
        {
            TestContext.Progress.WriteLine($"warning: process {Spec.FileName} did not exit after being killed");
        }

        _process.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => Describe();

    private string Describe() =>
        $"$ {Spec.CommandLine}{Environment.NewLine}stdout:{Environment.NewLine}{StdOut}{Environment.NewLine}stderr:{Environment.NewLine}{StdErr}";

    private void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            buffer.Append(line).Append('\n');
        }
    }

    private string Snapshot(StringBuilder buffer)
    {
        lock (_gate)
        {
            return buffer.ToString();
        }
    }
}

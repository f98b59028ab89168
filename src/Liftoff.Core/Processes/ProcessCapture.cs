using System.Text;

namespace Liftoff.Processes;

/// <summary>Collects the lines of both pipes, each on its own and both in arrival order, and passes them on.</summary>
internal sealed class ProcessCapture(Action<string>? onLine)
{
    private readonly Lock _gate = new();
    private readonly StringBuilder _combined = new();

    public StringBuilder StandardOutput { get; } = new();

    public StringBuilder StandardError { get; } = new();

    public async Task ReadAsync(StreamReader reader, StringBuilder own)
    {
        while (await reader.ReadLineAsync(CancellationToken.None).ConfigureAwait(false) is { } line)
        {
            lock (_gate)
            {
                own.Append(line).Append('\n');
                _combined.Append(line).Append('\n');
            }

            onLine?.Invoke(line);
        }
    }

    public ProcessOutcome Outcome(int exitCode, bool timedOut, TimeSpan elapsed)
    {
        lock (_gate)
        {
            return new ProcessOutcome(
                exitCode, _combined.ToString(), StandardOutput.ToString(), StandardError.ToString(), timedOut, elapsed);
        }
    }
}

using Cake.Core;

namespace Liftoff.Cake.Deploy;

/// <summary>Asks on the terminal: the question through Cake's console, the answer from stdin.</summary>
internal sealed class TerminalConfirmation(IConsole console) : IConfirmation
{
    // The one place that asks the process's console whether a person is there and reads their answer; Cake's
    // IConsole has no input side. Everything else writes through IConsole.
#pragma warning disable RS0030
    public bool IsInteractive => !System.Console.IsInputRedirected && !System.Console.IsOutputRedirected;

    public async Task<bool> AskAsync(string question, CancellationToken cancellationToken = default)
    {
        console.Write("{0} [y/N] ", question);
        var answer = await System.Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        return answer?.Trim() is "y" or "Y" or "yes" or "Yes" or "YES";
    }
#pragma warning restore RS0030
}

namespace Liftoff.Cake.Deploy;

/// <summary>Asks a person to confirm a deploy to a protected environment. Injected, so tests answer for them.</summary>
public interface IConfirmation
{
    /// <summary>Whether a person can answer: stdin and stdout are a terminal.</summary>
    bool IsInteractive { get; }

    /// <summary>Asks <paramref name="question"/> and returns true only for an explicit yes.</summary>
    Task<bool> AskAsync(string question, CancellationToken cancellationToken = default);
}

namespace Liftoff.Reliability.Tests.Support;

/// <summary>
/// A property a trial must keep did not hold. Trials throw this rather than NUnit assertions, because NUnit records
/// a failed assertion even when it is caught, and a scenario counts its failed trials before failing once.
/// </summary>
public sealed class TrialFailedException : Exception
{
    public TrialFailedException()
    {
    }

    public TrialFailedException(string message)
        : base(message)
    {
    }

    public TrialFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

namespace Liftoff.Reliability.Tests.Support;

/// <summary>Checks inside a trial; a broken one throws <see cref="TrialFailedException"/>.</summary>
public static class Expect
{
    public static void That(bool condition, string what)
    {
        if (!condition)
        {
            throw new TrialFailedException(what);
        }
    }

    public static void Equal<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new TrialFailedException($"{what}: expected {expected}, got {actual}");
        }
    }
}

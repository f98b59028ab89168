namespace Liftoff.Reliability.Tests.Support;

/// <summary>
/// The trial-count knob. The plain test run (and so CI) uses the reduced counts, so that the suite adds little time;
/// <c>LIFTOFF_RELIABILITY_FULL=1</c>, which <c>./build.sh --target=Reliability</c> sets, uses the full counts.
/// </summary>
public static class Trials
{
    /// <summary>The variable that switches the full counts on.</summary>
    public const string FullVariable = "LIFTOFF_RELIABILITY_FULL";

    /// <summary>Whether this run uses the full counts.</summary>
    public static bool Full => Environment.GetEnvironmentVariable(FullVariable) is "1" or "true" or "TRUE" or "True";

    /// <summary><paramref name="full"/> in a full run, <paramref name="reduced"/> otherwise.</summary>
    public static int Count(int reduced, int full) => Full ? full : reduced;

    /// <summary>A seeded random source, so that a failing run can be replayed: the seed is printed and can be set.</summary>
    public static Random Random(string scenario)
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("LIFTOFF_RELIABILITY_SEED"), out var fixedSeed)
            ? fixedSeed
            : System.Random.Shared.Next();
        TestContext.Progress.WriteLine($"{scenario}: seed {seed} (LIFTOFF_RELIABILITY_SEED={seed} replays it)");
        return new Random(seed);
    }
}

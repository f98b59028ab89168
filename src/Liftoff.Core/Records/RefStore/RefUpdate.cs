namespace Liftoff.Records.RefStore;

/// <summary>The result of a compare-and-swap on a ref.</summary>
/// <param name="Swapped">True when the ref now holds the replacement.</param>
/// <param name="Reason">Why not, as git put it (for example <c>stale info</c>); empty when swapped.</param>
public sealed record RefUpdate(bool Swapped, string Reason)
{
    /// <summary>The swap happened.</summary>
    public static RefUpdate Success { get; } = new(true, "");

    /// <summary>The ref did not hold the expected value (someone else moved it first).</summary>
    public static RefUpdate Conflict(string reason) => new(false, reason);
}

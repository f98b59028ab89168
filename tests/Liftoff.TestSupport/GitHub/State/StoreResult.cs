namespace Liftoff.TestSupport.GitHub.State;

/// <summary>How a change to a store ended; the routes turn it into 200/201, 404 or 422.</summary>
public enum StoreOutcome
{
    /// <summary>The change was made.</summary>
    Done,

    /// <summary>The thing to change does not exist.</summary>
    NotFound,

    /// <summary>The change would clash with something that exists (a tag's release, an asset name, a ref).</summary>
    Conflict,
}

/// <summary>The outcome of a change and, when it was made, the stored result.</summary>
/// <typeparam name="T">The stored type.</typeparam>
/// <param name="Outcome">How the change ended.</param>
/// <param name="Value">The stored value when <paramref name="Outcome"/> is <see cref="StoreOutcome.Done"/>.</param>
public readonly record struct StoreResult<T>(StoreOutcome Outcome, T? Value)
    where T : class
{
    internal static StoreResult<T> Done(T value) => new(StoreOutcome.Done, value);

    internal static StoreResult<T> NotFound() => new(StoreOutcome.NotFound, null);

    internal static StoreResult<T> Conflict() => new(StoreOutcome.Conflict, null);
}

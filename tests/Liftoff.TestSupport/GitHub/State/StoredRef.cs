namespace Liftoff.TestSupport.GitHub.State;

/// <summary>A git reference.</summary>
/// <param name="Name">The full name, e.g. <c>refs/tags/v1.0.0</c>.</param>
/// <param name="Sha">The object it points at.</param>
public sealed record StoredRef(string Name, string Sha);

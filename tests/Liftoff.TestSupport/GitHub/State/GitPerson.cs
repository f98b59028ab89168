namespace Liftoff.TestSupport.GitHub.State;

/// <summary>A tagger or committer signature.</summary>
/// <param name="Name">The person's name.</param>
/// <param name="Email">The person's e-mail address.</param>
/// <param name="Date">When they signed.</param>
public sealed record GitPerson(string Name, string Email, DateTimeOffset Date);

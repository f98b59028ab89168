namespace Liftoff.TestSupport.GitHub.State;

/// <summary>The account the server's tokens act as.</summary>
/// <param name="Login">The user name, e.g. <c>liftoff-bot</c>.</param>
/// <param name="Id">The numeric user id.</param>
public sealed record GitHubUser(string Login, long Id);

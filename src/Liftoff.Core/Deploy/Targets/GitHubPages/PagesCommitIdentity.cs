namespace Liftoff.Deploy.Targets.GitHubPages;

/// <summary>Who the Pages commits are authored and committed by.</summary>
/// <param name="Name">The name, for example <c>Liftoff</c>.</param>
/// <param name="Email">The e-mail address, for example <c>liftoff@localhost</c>.</param>
public sealed record PagesCommitIdentity(string Name, string Email)
{
    /// <summary>The identity used when none is configured: <c>Liftoff &lt;liftoff@localhost&gt;</c>.</summary>
    public static PagesCommitIdentity Default { get; } = new("Liftoff", "liftoff@localhost");
}

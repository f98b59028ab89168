namespace Liftoff.TestSupport.GitHub;

/// <summary>
/// Which requests the server accepts. By default any <c>token</c> or <c>Bearer</c> credential is accepted, reads
/// need none (a public repository), and writes without one get GitHub's 401 "Requires authentication".
/// </summary>
public sealed class AuthPolicy
{
    private volatile string? _acceptedToken;
    private volatile bool _requireForReads;

    /// <summary>
    /// When set, only this token is accepted and any other gets 401 "Bad credentials", as an expired or revoked
    /// token does on GitHub. Default null: every token is accepted.
    /// </summary>
    public string? AcceptedToken
    {
        get => _acceptedToken;
        set => _acceptedToken = value;
    }

    /// <summary>When true, reads need a credential too, as for a private repository. Default false.</summary>
    public bool RequireForReads
    {
        get => _requireForReads;
        set => _requireForReads = value;
    }
}

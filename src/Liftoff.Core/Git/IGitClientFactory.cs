namespace Liftoff.Git;

/// <summary>
/// Makes a git client for a repository folder. Tasks take the factory rather than a client because the folder is
/// known only at run time (<c>--working</c>); tests pass one that carries a sandbox's isolated git environment.
/// </summary>
public interface IGitClientFactory
{
    /// <summary>A client for the repository containing <paramref name="workingDirectory"/>.</summary>
    GitCli Create(string workingDirectory);
}

/// <summary>The default factory: the <c>git</c> on PATH, with optional environment overrides for every command.</summary>
public sealed class GitCliFactory(IReadOnlyDictionary<string, string?>? environment = null) : IGitClientFactory
{
    /// <inheritdoc />
    public GitCli Create(string workingDirectory) => new(workingDirectory, environment);
}

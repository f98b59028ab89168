using Liftoff.Records.RefStore;

namespace Liftoff.Cake.Deploy;

/// <summary>
/// Makes the store the ledger and the locks live in, for the repository of the working folder. Tests register one
/// that carries a sandbox's isolated git environment, as they do for <see cref="Liftoff.Git.IGitClientFactory"/>.
/// </summary>
public interface IRefStoreFactory
{
    /// <summary>The store for the repository containing <paramref name="workingDirectory"/>, on <paramref name="remote"/> when it exists.</summary>
    IRefStore Create(string workingDirectory, string remote);
}

/// <summary>The default: <see cref="GitRefStore"/> over the <c>git</c> on PATH, with optional environment overrides.</summary>
public sealed class GitRefStoreFactory(TimeProvider time, IReadOnlyDictionary<string, string?>? environment = null) : IRefStoreFactory
{
    /// <inheritdoc />
    public IRefStore Create(string workingDirectory, string remote) => new GitRefStore(workingDirectory, remote, time, environment);
}

namespace Liftoff.Cake.Journal;

/// <summary>A rollback took the lock and starts switching back.</summary>
/// <param name="Environment">The environment.</param>
/// <param name="From">The version being replaced (the bad one), if known.</param>
/// <param name="To">The version being restored.</param>
/// <param name="ToCommit">The commit of the restored version.</param>
/// <param name="Reason">Why: the failed check, or "by hand".</param>
public sealed record RollbackStarted(string Environment, string? From, string To, string? ToCommit, string? Reason) : RunEvent
{
    /// <inheritdoc />
    public override string? EnvironmentName => Environment;
}

/// <summary>The rollback switched and the restored version is served (its marker was read back).</summary>
/// <param name="Environment">The environment.</param>
/// <param name="From">The version replaced.</param>
/// <param name="To">The version restored.</param>
/// <param name="ToCommit">The commit of the restored version.</param>
/// <param name="ToArtifactSha256">The restored artifact's sha256.</param>
/// <param name="Elapsed">How long the switch took.</param>
public sealed record RollbackVerified(string Environment, string? From, string To, string? ToCommit, string? ToArtifactSha256, TimeSpan Elapsed) : RunEvent
{
    /// <inheritdoc />
    public override string? EnvironmentName => Environment;
}

/// <summary>The rollback failed, or what it restored could not be verified.</summary>
/// <param name="Environment">The environment.</param>
/// <param name="From">The version that was to be replaced.</param>
/// <param name="To">The version that was to be restored.</param>
/// <param name="Reason">The error's message.</param>
public sealed record RollbackFailed(string Environment, string? From, string To, string Reason) : RunEvent
{
    /// <inheritdoc />
    public override string? EnvironmentName => Environment;
}

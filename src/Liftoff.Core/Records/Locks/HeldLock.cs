namespace Liftoff.Records.Locks;

/// <summary>A lock this process took; pass it back to <see cref="DeployLock.ReleaseAsync"/>.</summary>
/// <param name="RefName">The lock ref, for example <c>refs/liftoff/locks/production</c>.</param>
/// <param name="Commit">The commit this process created; a release only deletes the ref while it still points here.</param>
/// <param name="Record">What the lock holds.</param>
public sealed record HeldLock(string RefName, string Commit, LockRecord Record);

namespace Liftoff.Records.Locks;

/// <summary>A lock as it stands now.</summary>
/// <param name="Holder">What the lock holds.</param>
/// <param name="Commit">The commit the lock ref points at, which a release or a forced unlock must still match.</param>
/// <param name="Age">How long ago it was taken; negative clocks count as zero.</param>
public sealed record LockStatus(LockRecord Holder, string Commit, TimeSpan Age)
{
    /// <summary>Whether it is older than its TTL: left behind by a crashed run, most likely. Stale locks are reported, never taken.</summary>
    public bool IsStale => Age > Holder.Ttl;
}

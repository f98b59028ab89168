namespace Liftoff.Records.Locks;

/// <summary>Who takes a lock: the user, the machine and the process.</summary>
/// <param name="User">The user name.</param>
/// <param name="Host">The machine name.</param>
/// <param name="ProcessId">The process id.</param>
public sealed record LockOwner(string User, string Host, int ProcessId)
{
    /// <summary>This process, as the operating system names it.</summary>
    public static LockOwner Current() => new(Environment.UserName, Environment.MachineName, Environment.ProcessId);
}

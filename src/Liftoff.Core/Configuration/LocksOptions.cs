using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Liftoff.Configuration;

/// <summary>The <c>locks</c> section: one deploy lock per environment, kept as a git ref.</summary>
public sealed class LocksOptions
{
    /// <summary>The prefix of lock refs; the environment name follows. Default <c>refs/liftoff/locks/</c>.</summary>
    [Description("The prefix of lock refs; the environment name follows.")]
    public string RefPrefix { get; set; } = "refs/liftoff/locks/";

    /// <summary>Minutes after which a lock left behind may be broken. Default 60.</summary>
    [Description("Minutes after which a lock left behind may be broken.")]
    [Range(1, 10_080)]
    public int TtlMinutes { get; set; } = 60;
}

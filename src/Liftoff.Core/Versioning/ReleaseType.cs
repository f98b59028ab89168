namespace Liftoff.Versioning;

/// <summary>How far a set of commits moves the version. Higher values win.</summary>
public enum ReleaseType
{
    /// <summary>Nothing releasable.</summary>
    None = 0,

    /// <summary>A bug fix, a performance change or a revert: 1.2.3 → 1.2.4.</summary>
    Patch = 1,

    /// <summary>A feature: 1.2.3 → 1.3.0.</summary>
    Minor = 2,

    /// <summary>A breaking change: 1.2.3 → 2.0.0.</summary>
    Major = 3,
}

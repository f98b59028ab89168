namespace Liftoff.TestSupport.Nginx;

/// <summary>The outcome of looking for nginx: a binary path, or the reason there is none.</summary>
/// <param name="Path">The binary, or null.</param>
/// <param name="Reason">Why there is no binary, or null.</param>
/// <param name="Installed">True when this process installed it.</param>
public sealed record NginxLookup(string? Path, string? Reason, bool Installed)
{
    internal static NginxLookup Found(string path, bool installed) => new(path, null, installed);

    internal static NginxLookup Missing(string reason) => new(null, reason, false);
}

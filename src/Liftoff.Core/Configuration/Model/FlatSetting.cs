namespace Liftoff.Configuration.Model;

/// <summary>
/// One leaf of an options object as a configuration key (<c>release:tagPrefix</c>) and its text. A null value is a
/// setting left unset; <see cref="EmptyCollection"/> marks an empty list or map, so printers can still show it.
/// </summary>
internal sealed record FlatSetting(string Key, string? Value, bool Secret, bool EmptyCollection = false)
{
    /// <summary>The key as people read it: <c>release.tagPrefix</c>.</summary>
    public string DisplayPath => ConfigurationPaths.ToDisplay(Key);
}

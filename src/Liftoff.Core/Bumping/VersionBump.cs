namespace Liftoff.Bumping;

/// <summary>One version value that was (or, in a dry run, would be) changed.</summary>
/// <param name="Path">The file, relative to the repository root, with <c>/</c> separators.</param>
/// <param name="Location">Where in the file: <c>Version</c>, <c>VersionPrefix</c>, <c>$.version</c>, or the configured pattern.</param>
/// <param name="OldValue">The value before.</param>
/// <param name="NewValue">The value after.</param>
public sealed record VersionBump(string Path, string Location, string OldValue, string NewValue)
{
    /// <summary>For example <c>src/App/App.csproj Version: 1.4.5 → 1.5.0</c>.</summary>
    public override string ToString() => $"{Path} {Location}: {OldValue} → {NewValue}";
}

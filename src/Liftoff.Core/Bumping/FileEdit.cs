using System.Text;
using Liftoff.Configuration;
using Semver;

namespace Liftoff.Bumping;

/// <summary>The planned edits to one file: read once, every target's values located, then written once (or not, in a dry run).</summary>
internal sealed class FileEdit
{
    private readonly TextFile _file;
    private readonly string _newText;

    private FileEdit(TextFile file, string relativePath, string newText, List<VersionBump> bumps, int located)
    {
        _file = file;
        _newText = newText;
        RelativePath = relativePath;
        Bumps = bumps;
        Located = located;
    }

    public string RelativePath { get; }

    public List<VersionBump> Bumps { get; }

    /// <summary>How many version values the file holds, changed or not.</summary>
    public int Located { get; }

    /// <summary>Plans the edits for <paramref name="targets"/>, which all name the same file; null when an unconfigured file is gone.</summary>
    public static async Task<FileEdit?> PlanAsync(string root, List<BumpTarget> targets, SemVersion version, CancellationToken cancellationToken)
    {
        var relativePath = targets[0].RelativePath;
        var path = Path.GetFullPath(Path.Combine(root, relativePath));
        if (Path.GetRelativePath(Path.GetFullPath(root), path) is var inside && (Path.IsPathRooted(inside) || inside.StartsWith("..", StringComparison.Ordinal)))
        {
            throw BumpErrors.OutsideRepository(targets[0]);
        }

        if (!File.Exists(path))
        {
            return targets.Find(target => target.Configured) is { } configured ? throw BumpErrors.Missing(configured) : null;
        }

        TextFile file;
        try
        {
            file = await TextFile.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (DecoderFallbackException exception)
        {
            throw BumpErrors.Unreadable(targets[0], "it is not UTF-8 text.", exception);
        }

        // A configured target may select the same value a found project file does; each value changes once.
        var changes = new SortedDictionary<int, (ValueSpan Span, string Location, string NewValue)>();
        foreach (var target in targets)
        {
            var spans = Locate(target, file.Text);
            if (target.Configured && spans.Count == 0)
            {
                throw BumpErrors.NoMatch(target);
            }

            foreach (var span in spans)
            {
                var (location, newValue) = Describe(target, span, version);
                changes.TryAdd(span.Start, (span, location, newValue));
            }
        }

        var text = new StringBuilder(file.Text);
        var bumps = new List<VersionBump>();
        foreach (var (span, location, newValue) in changes.Values.Reverse().Where(change => change.Span.Value != change.NewValue))
        {
            text.Remove(span.Start, span.Length).Insert(span.Start, newValue);
            bumps.Insert(0, new VersionBump(relativePath, location, span.Value, newValue));
        }

        return new FileEdit(file, relativePath, text.ToString(), bumps, changes.Count);
    }

    public Task WriteAsync(CancellationToken cancellationToken) =>
        TextFile.WriteAtomicAsync(_file.Path, _file.Encode(_newText), cancellationToken);

    private static List<ValueSpan> Locate(BumpTarget target, string text) => target.Kind switch
    {
        BumpFileKind.Regex => RegexLocator.Locate(target, text),
        BumpFileKind.JsonPath => JsonLocator.Locate(target, text),
        BumpFileKind.XmlPath => XmlLocator.Locate(target, text),
        _ => throw BumpErrors.InvalidPattern(target, $"the kind {target.Kind} is not known."),
    };

    private static (string Location, string NewValue) Describe(BumpTarget target, ValueSpan span, SemVersion version)
    {
        if (!target.Configured && target.Kind == BumpFileKind.XmlPath)
        {
            // MSBuild appends VersionSuffix to VersionPrefix itself, so the prefix holds X.Y.Z only.
            return span.Name == "VersionPrefix"
                ? ("VersionPrefix", $"{version.Major}.{version.Minor}.{version.Patch}")
                : (span.Name ?? "Version", version.ToString());
        }

        return (target.Pattern, version.ToString());
    }
}

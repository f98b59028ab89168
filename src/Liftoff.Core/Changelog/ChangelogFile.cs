using System.Text;
using Liftoff.Bumping;
using Liftoff.Diagnostics;

namespace Liftoff.Changelog;

/// <summary>
/// Writes release sections into a Keep a Changelog file, newest first, touching nothing else: the bytes before and
/// after the new section, the BOM and the line endings stay as they were.
/// </summary>
public static class ChangelogFile
{
    /// <summary>The header a new changelog starts with.</summary>
    public const string StandardHeader =
        "# Changelog\n\n"
        + "All notable changes to this project will be documented in this file.\n\n"
        + "The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),\n"
        + "and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).\n";

    /// <summary>
    /// Puts <paramref name="section"/> into the changelog at <paramref name="path"/>: creates the file with
    /// <see cref="StandardHeader"/> when missing, otherwise inserts it before the first release heading.
    /// </summary>
    /// <remarks>
    /// Writing a version twice never duplicates it. When a <c>## [X.Y.Z]</c> or <c>## X.Y.Z</c> heading already exists,
    /// that section is <b>replaced</b> (or left alone when identical), not skipped: a resumed release then gets the
    /// notes of the commits it really releases, the same ones the GitHub release body is updated with.
    /// </remarks>
    /// <param name="path">The changelog file.</param>
    /// <param name="section">The rendered section (<see cref="ChangelogRenderer.RenderSection"/>), with <c>\n</c> or <c>\r\n</c> line endings.</param>
    /// <param name="version">The section's version without tag prefix, for example <c>1.5.0</c>.</param>
    /// <param name="dryRun">Work out the outcome but write nothing.</param>
    /// <param name="cancellationToken">Stops the read or the write.</param>
    /// <exception cref="LiftoffException"><c>LIFTOFF0701</c> when the existing file is not UTF-8.</exception>
    public static async Task<ChangelogWriteOutcome> PrependAsync(
        string path, string section, string version, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(section);
        ArgumentException.ThrowIfNullOrEmpty(version);

        if (!File.Exists(path))
        {
            if (!dryRun)
            {
                await WriteNewAsync(path, StandardHeader + "\n" + Normalize(section, "\n"), cancellationToken).ConfigureAwait(false);
            }

            return ChangelogWriteOutcome.Created;
        }

        var file = await ReadAsync(path, cancellationToken).ConfigureAwait(false);
        var (text, outcome) = Splice(file.Text, Normalize(section, file.NewLine), version, file.NewLine);
        if (!dryRun && outcome != ChangelogWriteOutcome.Unchanged)
        {
            await TextFile.WriteAtomicAsync(path, file.Encode(text), cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }

    /// <summary>Writes only <paramref name="section"/> to <paramref name="path"/> (the <c>--output=FILE</c> form), replacing the file.</summary>
    public static Task WriteSectionAsync(string path, string section, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(section);
        return WriteNewAsync(path, Normalize(section, "\n"), cancellationToken);
    }

    private static (string Text, ChangelogWriteOutcome Outcome) Splice(string text, string section, string version, string newLine)
    {
        var document = new ChangelogDocument(text);
        if (document.FindVersion(version) is var (start, end))
        {
            var replacement = end < text.Length ? section + newLine : section;
            return string.Equals(text[start..end], replacement, StringComparison.Ordinal)
                ? (text, ChangelogWriteOutcome.Unchanged)
                : (string.Concat(text.AsSpan(0, start), replacement, text.AsSpan(end)), ChangelogWriteOutcome.Replaced);
        }

        if (document.InsertionOffset() is { } offset)
        {
            return (string.Concat(text.AsSpan(0, offset), section + newLine, text.AsSpan(offset)), ChangelogWriteOutcome.Prepended);
        }

        // Only a header so far: the section goes at the end, after one blank line.
        var separator = text.Length == 0 ? "" : text.EndsWith(newLine + newLine, StringComparison.Ordinal) ? "" : text.EndsWith(newLine, StringComparison.Ordinal) ? newLine : newLine + newLine;
        return (text + separator + section, ChangelogWriteOutcome.Prepended);
    }

    /// <summary>The section with the given line endings and exactly one final line ending.</summary>
    private static string Normalize(string section, string newLine) =>
        section.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Replace("\n", newLine, StringComparison.Ordinal) + newLine;

    private static async Task<TextFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await TextFile.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (DecoderFallbackException exception)
        {
            throw new LiftoffException(
                DiagnosticCodes.ChangelogUnreadable,
                ExitCodes.TaskFailed,
                $"The changelog '{path}' is not UTF-8 text, so it cannot be edited without damaging it. Convert it to UTF-8 or set release.changelog.path to another file.",
                exception);
        }
    }

    private static async Task WriteNewAsync(string path, string text, CancellationToken cancellationToken)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        await TextFile.WriteAtomicAsync(path, Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
    }
}

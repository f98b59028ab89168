using System.Text;

namespace Liftoff.Bumping;

/// <summary>
/// A UTF-8 text file read so that it can be written back byte-for-byte apart from the edit: the BOM is kept when
/// there was one, and decoding is strict, because replacing invalid bytes with U+FFFD would silently damage the
/// parts of the file nobody meant to touch.
/// </summary>
internal sealed class TextFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private TextFile(string path, bool hasBom, string text)
    {
        Path = path;
        HasBom = hasBom;
        Text = text;
    }

    public string Path { get; }

    public bool HasBom { get; }

    public string Text { get; }

    /// <summary>The file's own line ending: CRLF when it has any, otherwise LF.</summary>
    public string NewLine => Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    /// <summary>Reads the file; throws <see cref="DecoderFallbackException"/> when it is not UTF-8.</summary>
    public static async Task<TextFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var hasBom = bytes.AsSpan().StartsWith(Bom);
        var text = Strict.GetString(bytes, hasBom ? Bom.Length : 0, bytes.Length - (hasBom ? Bom.Length : 0));
        return new TextFile(path, hasBom, text);
    }

    /// <summary>The bytes <paramref name="text"/> would have in this file, with its BOM if it had one.</summary>
    public byte[] Encode(string text) => [.. HasBom ? Bom : [], .. Strict.GetBytes(text)];

    /// <summary>
    /// Replaces the file through a temporary sibling and a rename, so a reader or a crash never leaves half a file.
    /// The original's Unix mode is kept: an executable script stays executable.
    /// </summary>
    public static async Task WriteAtomicAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        DeleteLeftovers(path);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllBytesAsync(temporary, content, cancellationToken).ConfigureAwait(false);
            if (!OperatingSystem.IsWindows() && File.Exists(path))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Deletes the temporary siblings (<c>&lt;name&gt;.&lt;32 hex digits&gt;.tmp</c>) of earlier writes that were killed
    /// between writing and renaming: they would stay in the user's repository as untracked files after the re-run.
    /// </summary>
    private static void DeleteLeftovers(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var name = System.IO.Path.GetFileName(path);
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var leftover in Directory.EnumerateFiles(directory, name + ".*.tmp"))
        {
            var middle = System.IO.Path.GetFileName(leftover)[(name.Length + 1)..^".tmp".Length];
            if (middle.Length == 32 && middle.All(char.IsAsciiHexDigitLower))
            {
                File.Delete(leftover);
            }
        }
    }
}

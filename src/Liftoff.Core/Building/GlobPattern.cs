using System.Text;
using System.Text.RegularExpressions;

namespace Liftoff.Building;

/// <summary>
/// A path glob over <c>/</c>-separated relative paths: <c>*</c> and <c>?</c> within one name, <c>**/</c> for any
/// folders (none included). A glob with no <c>/</c> matches the name in any folder, as .gitignore does.
/// </summary>
public sealed class GlobPattern
{
    private readonly Regex _regex;

    /// <summary>Compiles <paramref name="glob"/>.</summary>
    public GlobPattern(string glob)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(glob);
        Glob = glob;
        var pattern = glob.Replace('\\', '/').TrimStart('/');
        if (!pattern.Contains('/', StringComparison.Ordinal))
        {
            pattern = "**/" + pattern;
        }

        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                regex.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        _regex = new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The glob as written.</summary>
    public string Glob { get; }

    /// <summary>Whether a relative path (with <c>/</c> separators) matches.</summary>
    public bool IsMatch(string path) => _regex.IsMatch(path);
}

using System.Text.RegularExpressions;

namespace Liftoff.Bumping;

/// <summary>Finds versions with a regular expression's <c>version</c> group, as release-please's generic updater does.</summary>
internal static class RegexLocator
{
    // A user's pattern runs on a user's file; a timeout turns catastrophic backtracking into an error, not a hang.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static List<ValueSpan> Locate(BumpTarget target, string text)
    {
        Regex regex;
        try
        {
            regex = new Regex(target.Pattern, RegexOptions.Multiline | RegexOptions.CultureInvariant, Timeout);
        }
        catch (ArgumentException exception)
        {
            throw BumpErrors.InvalidPattern(target, exception.Message, exception);
        }

        if (!regex.GetGroupNames().Contains("version", StringComparer.Ordinal))
        {
            throw BumpErrors.InvalidPattern(target, "it has no group named 'version', as in (?<version>\\d+\\.\\d+\\.\\d+).");
        }

        try
        {
            return regex.Matches(text)
                .Select(match => match.Groups["version"])
                .Where(group => group.Success)
                .Select(group => new ValueSpan(group.Index, group.Length, group.Value))
                .ToList();
        }
        catch (RegexMatchTimeoutException exception)
        {
            throw BumpErrors.InvalidPattern(target, "it took longer than 5 seconds to match.", exception);
        }
    }
}

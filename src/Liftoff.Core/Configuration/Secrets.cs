using System.Reflection;
using System.Text.RegularExpressions;

namespace Liftoff.Configuration;

/// <summary>Reads and redacts secret settings (<see cref="SecretAttribute"/>).</summary>
public static partial class Secrets
{
    /// <summary>The prefix that makes a value a reference to an environment variable.</summary>
    public const string EnvironmentPrefix = "env:";

    /// <summary>What every printer shows instead of a secret.</summary>
    public const string Redacted = "***";

    /// <summary>Whether <paramref name="value"/> is empty or a well-formed <c>env:NAME</c> reference.</summary>
    public static bool IsReference(string? value) =>
        string.IsNullOrEmpty(value) || (value.StartsWith(EnvironmentPrefix, StringComparison.Ordinal)
            && VariableName().IsMatch(value[EnvironmentPrefix.Length..]));

    /// <summary>
    /// The secret's value: the variable an <c>env:NAME</c> value names; for an empty value the attribute's fallback
    /// variables in order; a literal (allowed only from the environment layer) as is. Null when nothing is set.
    /// </summary>
    public static string? Resolve(string? configured, SecretAttribute secret, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(environment);
        if (string.IsNullOrEmpty(configured))
        {
            return secret.FallbackVariables.Select(environment).FirstOrDefault(value => !string.IsNullOrEmpty(value));
        }

        return configured.StartsWith(EnvironmentPrefix, StringComparison.Ordinal)
            ? NullIfEmpty(environment(configured[EnvironmentPrefix.Length..]))
            : configured;
    }

    /// <summary>Resolves the GitHub token: <c>github.token</c>, else <c>GITHUB_TOKEN</c>, else <c>GH_TOKEN</c>.</summary>
    public static string? ResolveGitHubToken(LiftoffOptions options, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        var attribute = typeof(GitHubOptions).GetProperty(nameof(GitHubOptions.Token))!.GetCustomAttribute<SecretAttribute>()!;
        return Resolve(options.GitHub.Token, attribute, environment);
    }

    /// <summary>What may be printed for a secret setting: a reference as written, anything else as <see cref="Redacted"/>.</summary>
    public static string Redact(string? value) => string.IsNullOrEmpty(value) ? "" : IsReference(value) ? value : Redacted;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex VariableName();
}

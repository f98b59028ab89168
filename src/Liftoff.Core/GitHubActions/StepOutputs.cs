using Liftoff.Diagnostics;

namespace Liftoff.GitHubActions;

/// <summary>
/// Step outputs in <c>$GITHUB_OUTPUT</c>'s multiline-safe form, as the Actions toolkit writes them:
/// <c>name&lt;&lt;ghadelimiter_&lt;uuid&gt;</c>, the value, the delimiter, each on its own line.
/// </summary>
public static class StepOutputs
{
    /// <summary>One output; <paramref name="delimiter"/> is made fresh for each unless given (for tests).</summary>
    /// <exception cref="ArgumentException">The name is empty or holds a newline, or the delimiter occurs in the name or value.</exception>
    public static string Format(string name, string value, string? delimiter = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        delimiter ??= "ghadelimiter_" + Guid.NewGuid().ToString("D");
        if (name.Contains('\n', StringComparison.Ordinal) || name.Contains(delimiter, StringComparison.Ordinal) || value.Contains(delimiter, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The output '{name.Split('\n')[0]}' or its value holds a newline in the name or the delimiter.", nameof(name));
        }

        return $"{name}<<{delimiter}\n{value}\n{delimiter}\n";
    }

    /// <summary>Appends <paramref name="outputs"/> to the file at <paramref name="path"/> (<c>$GITHUB_OUTPUT</c>).</summary>
    /// <exception cref="LiftoffException"><c>LIFTOFF1530</c> when the file cannot be written.</exception>
    public static async Task AppendAsync(string path, IReadOnlyList<KeyValuePair<string, string>> outputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        await ActionsFile.AppendAsync(path, "$GITHUB_OUTPUT", string.Concat(outputs.Select(output => Format(output.Key, output.Value))), cancellationToken).ConfigureAwait(false);
    }
}

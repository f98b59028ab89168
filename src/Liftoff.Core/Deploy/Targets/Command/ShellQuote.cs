namespace Liftoff.Deploy.Targets.Command;

/// <summary>Fills placeholders in a command with values quoted for <c>/bin/sh</c>, so a value can never become code.</summary>
public static class ShellQuote
{
    /// <summary>Quotes one value: <c>'…'</c>, with each <c>'</c> written as <c>'\''</c>.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    /// <summary>Replaces each <c>{name}</c> in <paramref name="template"/> with the quoted value; other braces stay.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var result = template;
        foreach (var (name, value) in values)
        {
            result = result.Replace("{" + name + "}", Quote(value), StringComparison.Ordinal);
        }

        return result;
    }
}

using System.Text.RegularExpressions;

namespace Liftoff.Validation;

/// <summary>Replaces <c>{name}</c> with a variable's value; unknown names are left as written, so the request shows them.</summary>
internal static partial class Placeholders
{
    public static string? Fill(string? text, IReadOnlyDictionary<string, string> variables) =>
        text is null || variables.Count == 0 ? text
            : Pattern().Replace(text, m => variables.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_.-]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

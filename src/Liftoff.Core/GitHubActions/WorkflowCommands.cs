namespace Liftoff.GitHubActions;

/// <summary>
/// GitHub Actions workflow commands (<c>::error title=…::message</c>, <c>::warning::</c>, <c>::add-mask::</c>),
/// escaped as the Actions toolkit escapes them so a message with a newline, <c>%</c>, <c>:</c> or <c>,</c> stays one
/// command.
/// </summary>
public static class WorkflowCommands
{
    /// <summary>An error annotation, e.g. <c>::error title=Check-Tests::3 of 335 tests failed</c>.</summary>
    public static string Error(string message, string? title = null) => Command("error", message, title);

    /// <summary>A warning annotation.</summary>
    public static string Warning(string message, string? title = null) => Command("warning", message, title);

    /// <summary>A notice annotation.</summary>
    public static string Notice(string message, string? title = null) => Command("notice", message, title);

    /// <summary>
    /// The commands that mask <paramref name="secret"/> in the rest of the log: one per line of it, since the runner
    /// masks line by line. Empty for an empty secret.
    /// </summary>
    public static IReadOnlyList<string> AddMask(string? secret) =>
        string.IsNullOrEmpty(secret)
            ? []
            : [.. secret.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).Distinct(StringComparer.Ordinal).Select(line => "::add-mask::" + EscapeData(line))];

    private static string Command(string name, string message, string? title) =>
        title is null ? $"::{name}::{EscapeData(message)}" : $"::{name} title={EscapeProperty(title)}::{EscapeData(message)}";

    private static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}

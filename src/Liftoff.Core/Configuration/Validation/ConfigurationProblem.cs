namespace Liftoff.Configuration.Validation;

/// <summary>
/// One thing wrong with the configuration: a stable code, where it came from (file and line, variable or argument),
/// the setting's path, the value as read (secrets redacted) and what was expected.
/// </summary>
public sealed record ConfigurationProblem(string Code, string Origin, string Path, string? Value, string Message, int? Line = null)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var where = Path.Length == 0 ? Origin : $"{Origin}: {Path}";
        var value = Value is null ? "" : " = " + Value;
        return $"{Code} {where}{value}: {Message}";
    }
}

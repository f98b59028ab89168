namespace Liftoff.Configuration;

/// <summary>
/// Marks a setting that holds a secret. In a file or an argument it may only name a variable (<c>env:NAME</c>), so the
/// secret itself never sits in the repository or in a process list; every printer redacts it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SecretAttribute(params string[] fallbackVariables) : Attribute
{
    /// <summary>The variables read, in order, when the setting is empty.</summary>
    public IReadOnlyList<string> FallbackVariables { get; } = fallbackVariables;
}

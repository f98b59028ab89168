namespace Liftoff.Configuration;

/// <summary>Marks a string setting that must hold a SemVer 2.0 version, so a typo fails before anything runs.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class SemanticVersionAttribute : Attribute
{
}

using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Liftoff.Configuration.Model;

/// <summary>One setting of an options type, as the loader, the validator and the printers see it.</summary>
internal sealed record OptionProperty(PropertyInfo Property, string JsonName, OptionKind Kind, Type ValueType)
{
    public RangeAttribute? Range => Property.GetCustomAttribute<RangeAttribute>();

    public SecretAttribute? Secret => Property.GetCustomAttribute<SecretAttribute>();

    public bool IsSemanticVersion => Property.GetCustomAttribute<SemanticVersionAttribute>() is not null;

    public string? Description => Property.GetCustomAttribute<DescriptionAttribute>()?.Description;
}

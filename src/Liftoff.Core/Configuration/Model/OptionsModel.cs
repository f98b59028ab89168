using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Liftoff.Configuration.Model;

/// <summary>
/// The settings of an options type, found by reflection, so that a new property is all it takes to add a setting:
/// validation, flattening, the schema and <c>Check-Config</c> all read this.
/// </summary>
internal static class OptionsModel
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<OptionProperty>> Cache = new();

    public static IReadOnlyList<OptionProperty> PropertiesOf(Type type) => Cache.GetOrAdd(type, Describe);

    public static OptionProperty? Find(Type type, string key) =>
        PropertiesOf(type).FirstOrDefault(p => string.Equals(p.JsonName, key, StringComparison.OrdinalIgnoreCase));

    public static string JsonName(string propertyName) => JsonNamingPolicy.CamelCase.ConvertName(propertyName);

    public static bool IsScalar(Type type)
    {
        var actual = Nullable.GetUnderlyingType(type) ?? type;
        return actual.IsEnum || actual == typeof(string) || actual == typeof(bool) || actual == typeof(int)
            || actual == typeof(long) || actual == typeof(double) || actual == typeof(Uri);
    }

    private static List<OptionProperty> Describe(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.GetMethod is not null && p.SetMethod is { IsPublic: true })
            .Select(Classify)
            .ToList();

    private static OptionProperty Classify(PropertyInfo property)
    {
        var type = property.PropertyType;
        var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonName(property.Name);
        if (IsScalar(type))
        {
            return new(property, name, OptionKind.Scalar, type);
        }

        var dictionary = FindGeneric(type, typeof(IDictionary<,>));
        if (dictionary is not null)
        {
            var value = dictionary.GetGenericArguments()[1];
            return new(property, name, IsScalar(value) ? OptionKind.ScalarMap : OptionKind.SectionMap, value);
        }

        var list = FindGeneric(type, typeof(IList<>));
        if (list is not null)
        {
            var element = list.GetGenericArguments()[0];
            return new(property, name, IsScalar(element) ? OptionKind.ScalarList : OptionKind.SectionList, element);
        }

        return typeof(IEnumerable).IsAssignableFrom(type)
            ? throw new NotSupportedException($"Setting {property.DeclaringType?.Name}.{property.Name} has an unsupported collection type.")
            : new(property, name, OptionKind.Section, type);
    }

    private static Type? FindGeneric(Type type, Type definition) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == definition
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);
}

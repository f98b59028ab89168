using System.Collections;
using System.Globalization;

namespace Liftoff.Configuration.Model;

/// <summary>
/// Turns an options object into configuration keys and texts. This is the defaults layer, the "code" layer's diff and
/// what <c>Check-Config</c> prints, so all three agree on names and formats.
/// </summary>
internal static class OptionsFlattener
{
    /// <summary>Every leaf; with <paramref name="forPeople"/>, lists and maps of scalars become one line each.</summary>
    public static List<FlatSetting> Flatten(object options, bool forPeople = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = new List<FlatSetting>();
        FlattenSection(options, "", settings, forPeople);
        return settings;
    }

    public static string? Format(object? value) => value switch
    {
        null => null,
        bool flag => flag ? "true" : "false",
        Enum choice => OptionsModel.JsonName(choice.ToString()),
        Uri uri => uri.OriginalString,
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static void FlattenSection(object section, string prefix, List<FlatSetting> settings, bool forPeople)
    {
        foreach (var property in OptionsModel.PropertiesOf(section.GetType()))
        {
            var key = ConfigurationPaths.Combine(prefix, property.JsonName);
            var value = property.Property.GetValue(section);
            var secret = property.Secret is not null;
            switch (property.Kind)
            {
                case OptionKind.Scalar:
                    settings.Add(new(key, Format(value), secret));
                    break;
                case OptionKind.Section when value is not null:
                    FlattenSection(value, key, settings, forPeople);
                    break;
                case OptionKind.ScalarList when forPeople:
                    settings.Add(new(key, "[" + string.Join(", ", ((IEnumerable?)value)?.Cast<object?>().Select(Format) ?? []) + "]", false));
                    break;
                case OptionKind.ScalarMap when forPeople:
                    settings.Add(new(key, "{" + string.Join(", ", Entries((IEnumerable?)value).Select(e => $"{e.Key}: {Format(e.Value)}")) + "}", false));
                    break;
                case OptionKind.ScalarList or OptionKind.SectionList:
                    FlattenItems(((IEnumerable?)value)?.Cast<object?>().Select((item, i) => (i.ToString(CultureInfo.InvariantCulture), item)), key, property.Kind == OptionKind.ScalarList, settings, forPeople);
                    break;
                case OptionKind.ScalarMap or OptionKind.SectionMap:
                    FlattenItems(Entries((IEnumerable?)value), key, property.Kind == OptionKind.ScalarMap, settings, forPeople);
                    break;
            }
        }
    }

    private static void FlattenItems(IEnumerable<(string Key, object? Value)>? items, string key, bool scalars, List<FlatSetting> settings, bool forPeople)
    {
        var before = settings.Count;
        foreach (var (itemKey, item) in items ?? [])
        {
            var path = ConfigurationPaths.Combine(key, itemKey);
            if (scalars)
            {
                settings.Add(new(path, Format(item), false));
            }
            else if (item is not null)
            {
                FlattenSection(item, path, settings, forPeople);
            }
        }

        if (settings.Count == before)
        {
            settings.Add(new(key, null, false, EmptyCollection: true));
        }
    }

    private static IEnumerable<(string Key, object? Value)> Entries(IEnumerable? map)
    {
        foreach (var entry in map?.Cast<object>() ?? [])
        {
            var type = entry.GetType();
            yield return ((string)type.GetProperty("Key")!.GetValue(entry)!, type.GetProperty("Value")!.GetValue(entry));
        }
    }
}

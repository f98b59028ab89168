using System.Collections;
using Liftoff.Configuration.Model;
using Microsoft.Extensions.Configuration;

namespace Liftoff.Configuration.Loading;

/// <summary>
/// Binds validated configuration with Microsoft's binder. Two things it needs help with: the binder appends to a
/// collection it finds already filled (so defaults are emptied first; they come back from the defaults layer), and
/// configuration sorts keys (so environments are bound one by one, in the order the file gives, keeping the file's
/// spelling of a name even when LIFTOFF_ENVIRONMENTS__PRODUCTION__URL writes it in capitals).
/// </summary>
internal static class OptionsBinder
{
    private static readonly string[] DefaultEnvironmentOrder = [.. EnvironmentOptions.CreateDefaults().Keys];

    public static LiftoffOptions Bind(IConfiguration root, IReadOnlyList<string>? fileOrder)
    {
        var options = new LiftoffOptions();
        EmptyCollections(options);
        // Sections and free-key maps of scalars (stages) bind into the instance; environments are bound below, in order.
        foreach (var property in OptionsModel.PropertiesOf(typeof(LiftoffOptions)).Where(p => p.Kind is OptionKind.Section or OptionKind.ScalarMap))
        {
            root.GetSection(property.JsonName).Bind(property.Property.GetValue(options));
        }

        var section = root.GetSection("environments");
        var present = section.GetChildren().Select(child => child.Key).ToList();
        var order = (fileOrder ?? DefaultEnvironmentOrder)
            .Where(name => present.Contains(name, StringComparer.OrdinalIgnoreCase))
            .Concat(present)
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var name in order)
        {
            var environment = new EnvironmentOptions { Name = name };
            EmptyCollections(environment);
            section.GetSection(name).Bind(environment);
            options.Environments[name] = environment;
        }

        return options;
    }

    public static void NameEnvironments(LiftoffOptions options)
    {
        foreach (var (name, environment) in options.Environments)
        {
            environment.Name = name;
        }
    }

    private static void EmptyCollections(object section)
    {
        foreach (var property in OptionsModel.PropertiesOf(section.GetType()))
        {
            var value = property.Property.GetValue(section);
            switch (value)
            {
                case IList list when property.Kind is OptionKind.ScalarList or OptionKind.SectionList:
                    list.Clear();
                    break;
                case IDictionary map:
                    map.Clear();
                    break;
                case not null when property.Kind == OptionKind.Section:
                    EmptyCollections(value);
                    break;
            }
        }
    }
}

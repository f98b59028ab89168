using System.Collections;
using System.Text;
using Liftoff.Configuration;
using Liftoff.Configuration.Model;

namespace Liftoff.Core.Tests.Configuration;

/// <summary>
/// Generates docs/configuration.md, the reference of every setting, from the same options types as the schema:
/// key, type, default and description. The README links to it; a test keeps the committed file current.
/// </summary>
internal static class ConfigurationReference
{
    public static string CommittedPath => Path.Combine(Liftoff.TestSupport.RepositoryRoot.Path, "docs", "configuration.md");

    public static string Generate()
    {
        var text = new StringBuilder();
        text.Append("# Configuration reference\n\n")
            .Append("Generated from the options types in `src/Liftoff.Core/Configuration` (as is `liftoff.schema.json`); do not edit by hand.\n")
            .Append("Regenerate with `LIFTOFF_UPDATE_SCHEMA=1 dotnet test tests/Liftoff.Core.Tests --filter FullyQualifiedName~SchemaTests`.\n\n")
            .Append("Layers, lowest first: defaults, `liftoff.json` (or `--config=PATH`), variables `LIFTOFF_<SECTION>__<KEY>` ")
            .Append("(for example `LIFTOFF_ENVIRONMENTS__PRODUCTION__URL`), arguments `--section.key=value`, then code (`LiftoffHost.ConfigureOptions`). ")
            .Append("Secrets are only ever `env:VARIABLE`.\n");
        foreach (var section in OptionsModel.PropertiesOf(typeof(LiftoffOptions)))
        {
            text.Append("\n## `").Append(section.JsonName).Append("`\n\n").Append(section.Description).Append("\n\n")
                .Append("| Key | Type | Default | Description |\n|---|---|---|---|\n");
            var value = section.Property.GetValue(new LiftoffOptions())!;
            if (section.Kind == OptionKind.ScalarMap)
            {
                // A top-level map of scalars (stages): one row for its entries.
                text.Append("| `").Append(section.JsonName).Append(".<name>` | ").Append(TypeOf(section)).Append(" | ")
                    .Append(DefaultOf(section, value)).Append(" | ").Append(section.Description?.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
            }
            else if (section.Kind == OptionKind.SectionMap)
            {
                Rows(text, section.JsonName + ".<name>", section.ValueType, Activator.CreateInstance(section.ValueType)!);
            }
            else
            {
                Rows(text, section.JsonName, section.ValueType, value);
            }
        }

        return text.ToString();
    }

    private static void Rows(StringBuilder text, string prefix, Type type, object defaults)
    {
        foreach (var option in OptionsModel.PropertiesOf(type))
        {
            var path = prefix + "." + option.JsonName;
            var value = option.Property.GetValue(defaults);
            switch (option.Kind)
            {
                case OptionKind.Section:
                    Rows(text, path, option.ValueType, value!);
                    break;
                case OptionKind.SectionList:
                    Rows(text, path + "[]", option.ValueType, Activator.CreateInstance(option.ValueType)!);
                    break;
                case OptionKind.SectionMap:
                    Rows(text, path + ".<name>", option.ValueType, Activator.CreateInstance(option.ValueType)!);
                    break;
                default:
                    text.Append("| `").Append(path).Append("` | ").Append(TypeOf(option)).Append(" | ")
                        .Append(DefaultOf(option, value)).Append(" | ").Append(option.Description?.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
                    break;
            }
        }
    }

    private static string TypeOf(OptionProperty option)
    {
        var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
        var scalar = type == typeof(bool) ? "boolean"
            : type == typeof(int) || type == typeof(long) ? "integer"
            : type == typeof(double) ? "number"
            : type == typeof(Uri) ? "URL"
            : type.IsEnum ? "one of " + string.Join(", ", Enum.GetNames(type).Select(name => $"`{OptionsModel.JsonName(name)}`"))
            : option.Secret is not null ? "secret (`env:NAME`)"
            : "string";
        var range = option.Range is { } r ? $" ({r.Minimum}–{r.Maximum})" : "";
        return option.Kind switch
        {
            OptionKind.ScalarList => $"array of {scalar}",
            OptionKind.ScalarMap => $"map of {scalar}",
            _ => scalar + range,
        };
    }

    private static string DefaultOf(OptionProperty option, object? value) => value switch
    {
        null => "—",
        IEnumerable items and not string => "`[" + string.Join(", ", items.Cast<object?>().Select(OptionsFlattener.Format)) + "]`",
        string { Length: 0 } => option.Secret is { FallbackVariables.Count: > 0 } secret ? string.Join(", then ", secret.FallbackVariables.Select(v => $"`{v}`")) : "—",
        _ => $"`{OptionsFlattener.Format(value)}`",
    };
}

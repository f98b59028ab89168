using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using Liftoff.Configuration;
using Liftoff.Configuration.Model;
using NJsonSchema;
using NJsonSchema.Generation;

namespace Liftoff.Core.Tests.Configuration;

/// <summary>
/// Generates liftoff.schema.json from the options types with NJsonSchema: names and enums as the file spells them,
/// descriptions and ranges from the attributes, defaults from a fresh options object, and no extra keys (the loader
/// rejects unknown keys, so the editor should too). It lives with the tests so the shipped library needs no
/// NJsonSchema; the committed file is checked against it.
/// </summary>
internal static class LiftoffSchema
{
    public const string FileName = "liftoff.schema.json";

    public static string CommittedPath => Path.Combine(Liftoff.TestSupport.RepositoryRoot.Path, FileName);

    public static JsonSchema Generate()
    {
        var settings = new SystemTextJsonSchemaGeneratorSettings
        {
            SchemaType = SchemaType.JsonSchema,
            DefaultReferenceTypeNullHandling = ReferenceTypeNullHandling.NotNull,
            SerializerOptions = new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
            },
        };
        var schema = JsonSchema.FromType<LiftoffOptions>(settings);
        schema.Title = "liftoff.json";
        schema.Properties["$schema"] = new JsonSchemaProperty { Type = JsonObjectType.String, Description = "The JSON schema this file follows, for editor completion." };
        Annotate(schema, typeof(LiftoffOptions), new LiftoffOptions(), []);
        return schema;
    }

    public static string GenerateJson() => Generate().ToJson().Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    private static void Annotate(JsonSchema schema, Type type, object defaults, HashSet<JsonSchema> done)
    {
        var actual = schema.ActualSchema;
        if (!done.Add(actual))
        {
            return;
        }

        actual.AllowAdditionalProperties = false;
        foreach (var option in OptionsModel.PropertiesOf(type))
        {
            var property = actual.Properties[option.JsonName];
            var value = option.Property.GetValue(defaults);
            switch (option.Kind)
            {
                case OptionKind.Scalar:
                    property.Default = JsonDefault(value);
                    if (option.Secret is not null)
                    {
                        property.Pattern = "^(env:[A-Za-z_][A-Za-z0-9_]*)?$";
                    }

                    if (option.IsSemanticVersion)
                    {
                        // SemVer 2.0's own grammar (semver.org), so editors flag a bad version as the loader does.
                        property.Pattern = @"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$";
                    }

                    break;
                case OptionKind.ScalarList:
                    property.Default = ((IEnumerable)value!).Cast<object?>().Select(JsonDefault).ToList();
                    break;
                case OptionKind.Section:
                    Annotate(property, option.ValueType, value!, done);
                    break;
                case OptionKind.SectionList:
                    Annotate(property.ActualSchema.Item!, option.ValueType, Activator.CreateInstance(option.ValueType)!, done);
                    break;
                case OptionKind.SectionMap:
                    Annotate(property.ActualSchema.AdditionalPropertiesSchema!, option.ValueType, Activator.CreateInstance(option.ValueType)!, done);
                    break;
            }
        }
    }

    private static object? JsonDefault(object? value) => value switch
    {
        null or bool or int or long or double => value,
        _ => OptionsFlattener.Format(value),
    };
}

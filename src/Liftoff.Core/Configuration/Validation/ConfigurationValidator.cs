using System.Globalization;
using System.Text.RegularExpressions;
using Liftoff.Configuration.Model;
using Liftoff.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Liftoff.Configuration.Validation;

/// <summary>
/// Checks the merged configuration against the options types before anything is bound, collecting every problem:
/// unknown keys, wrong types, ranges, literal secrets, environment names and references. Working on the raw keys (not
/// the bound object) is what lets it name the key as written and report everything in one pass.
/// </summary>
internal sealed partial class ConfigurationValidator(Func<string, ConfigurationOrigin> originOf)
{
    private readonly List<ConfigurationProblem> _problems = [];

    public List<ConfigurationProblem> Validate(IConfiguration root)
    {
        ValidateSection(root, typeof(LiftoffOptions), "");
        ValidateEnvironments(root.GetSection("environments"));
        return _problems;
    }

    private void ValidateSection(IConfiguration section, Type type, string path)
    {
        foreach (var child in section.GetChildren())
        {
            // Known keys are printed as the schema spells them, whatever case the file or variable used.
            var property = OptionsModel.Find(type, child.Key);
            var key = ConfigurationPaths.Combine(path, property?.JsonName ?? child.Key);
            if (property is null)
            {
                if (!(path.Length == 0 && child.Key == "$schema"))
                {
                    var known = OptionsModel.PropertiesOf(type).Select(p => p.JsonName).ToList();
                    Add(DiagnosticCodes.ConfigurationUnknownKey, key, $"unknown key '{child.Key}'.{Suggestions.DidYouMean(child.Key, known)}");
                }

                continue;
            }

            ValidateValue(child, property, key);
        }
    }

    private void ValidateValue(IConfigurationSection child, OptionProperty property, string key)
    {
        var children = child.GetChildren().ToList();
        if (property.Kind == OptionKind.Scalar)
        {
            if (children.Count > 0)
            {
                Add(DiagnosticCodes.ConfigurationWrongType, key, $"expected {ScalarCheck.Describe(property.ValueType)}, not an object or array.");
            }
            else
            {
                CheckScalar(child.Value, property.ValueType, property, key);
            }

            return;
        }

        // A text value where a section belongs is wrong even when the defaults layer supplies children beneath it.
        if (!string.IsNullOrEmpty(child.Value))
        {
            Add(DiagnosticCodes.ConfigurationWrongType, key, $"expected {Shape(property)}.", Quote(child.Value, property));
            return;
        }

        if (children.Count == 0)
        {
            return;
        }

        switch (property.Kind)
        {
            case OptionKind.Section:
                ValidateSection(child, property.ValueType, key);
                break;
            case OptionKind.ScalarList or OptionKind.SectionList when children.Any(item => !int.TryParse(item.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _)):
                Add(DiagnosticCodes.ConfigurationWrongType, key, $"expected {Shape(property)}, not an object.");
                break;
            default:
                foreach (var item in children)
                {
                    var itemKey = ConfigurationPaths.Combine(key, item.Key);
                    if (property.Kind is OptionKind.SectionList or OptionKind.SectionMap && !string.IsNullOrEmpty(item.Value))
                    {
                        // "production": 5 was bound as nothing at all, and the run went on with the defaults.
                        Add(DiagnosticCodes.ConfigurationWrongType, itemKey, "expected an object.", Quote(item.Value, null));
                    }
                    else if (property.Kind is OptionKind.SectionList or OptionKind.SectionMap)
                    {
                        ValidateSection(item, property.ValueType, itemKey);
                    }
                    else if (item.GetChildren().Any())
                    {
                        Add(DiagnosticCodes.ConfigurationWrongType, itemKey, $"expected {ScalarCheck.Describe(property.ValueType)}, not an object or array.");
                    }
                    else
                    {
                        CheckScalar(item.Value, property.ValueType, null, itemKey);
                    }
                }

                break;
        }
    }

    private void CheckScalar(string? value, Type type, OptionProperty? property, string key)
    {
        if (property?.Secret is not null)
        {
            CheckSecret(value, property, key);
            return;
        }

        if (ScalarCheck.Check(value, type, property) is { } problem)
        {
            Add(problem.Code, key, $"{problem.Expected}.", Quote(value, property));
        }
    }

    private void CheckSecret(string? value, OptionProperty property, string key)
    {
        if (Secrets.IsReference(value))
        {
            return;
        }

        if (value!.StartsWith(Secrets.EnvironmentPrefix, StringComparison.Ordinal))
        {
            Add(DiagnosticCodes.ConfigurationLiteralSecret, key, "expected env:NAME with a variable name (letters, digits, _).", Quote(value, property));
        }
        else if (originOf(key).Kind is ValueSourceKind.File or ValueSourceKind.Argument)
        {
            var fallback = property.Secret!.FallbackVariables.Count > 0 ? $", or leave it empty to read {string.Join(" or ", property.Secret.FallbackVariables)}" : "";
            Add(DiagnosticCodes.ConfigurationLiteralSecret, key, $"a secret may not be written literally; expected env:NAME naming an environment variable{fallback}.", Secrets.Redacted);
        }
    }

    private void ValidateEnvironments(IConfigurationSection environments)
    {
        var names = environments.GetChildren().Select(child => child.Key).ToList();
        foreach (var name in names)
        {
            var key = "environments:" + name;
            if (!EnvironmentName().IsMatch(name))
            {
                Add(DiagnosticCodes.ConfigurationBadEnvironmentName, key, $"'{name}' is not a usable environment name: expected a letter, then letters, digits or '-' (it becomes part of target names such as Deploy-{name}).");
            }

            if (string.Equals(environments[name + ":target:type"], nameof(TargetType.Custom), StringComparison.OrdinalIgnoreCase)
                && string.IsNullOrWhiteSpace(environments[name + ":target:kind"]))
            {
                Add(DiagnosticCodes.CustomTargetUnknown, key + ":target:type",
                    "expected target.kind beside it: the kind the build project registered the target with, as in AddDeployTarget<T>(\"kind\").", "\"custom\"");
            }

            var from = environments[name + ":promotesFrom"];
            if (string.IsNullOrEmpty(from))
            {
                continue;
            }

            if (string.Equals(from, name, StringComparison.OrdinalIgnoreCase))
            {
                Add(DiagnosticCodes.ConfigurationUnknownPromotesFrom, key + ":promotesFrom", "expected another environment; an environment cannot promote from itself.", $"\"{from}\"");
            }
            else if (!names.Contains(from, StringComparer.OrdinalIgnoreCase))
            {
                Add(DiagnosticCodes.ConfigurationUnknownPromotesFrom, key + ":promotesFrom", $"expected the name of another environment ({string.Join(", ", names)}).", $"\"{from}\"");
            }
        }
    }

    private void Add(string code, string key, string message, string? value = null)
    {
        var origin = originOf(key);
        _problems.Add(new(code, origin.Text, ConfigurationPaths.ToDisplay(key), value, message, origin.Line));
    }

    private static string Quote(string? value, OptionProperty? property) =>
        value is null ? "null" : property?.Secret is not null ? Secrets.Redacted : $"\"{value}\"";

    private static string Shape(OptionProperty property) => property.Kind switch
    {
        OptionKind.Section => "an object",
        OptionKind.ScalarList => $"an array of {Plural(property.ValueType)}",
        OptionKind.SectionList => "an array of objects",
        _ => "an object",
    };

    private static string Plural(Type type) => ScalarCheck.Describe(type) switch
    {
        "a string" => "strings",
        var other => other,
    };

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex EnvironmentName();
}

/// <summary>Where a key came from, as problem messages print it, and from which layer.</summary>
internal sealed record ConfigurationOrigin(string Text, ValueSourceKind Kind, int? Line = null);

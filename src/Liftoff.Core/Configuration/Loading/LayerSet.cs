using Liftoff.Configuration.Model;
using Liftoff.Configuration.Validation;

namespace Liftoff.Configuration.Loading;

/// <summary>The layers in order, answering "which layer set this key" for messages and for the source map.</summary>
internal sealed class LayerSet(IReadOnlyList<ConfigurationLayer> layers)
{
    public ConfigurationOrigin OriginOf(string key)
    {
        for (var i = layers.Count - 1; i > 0; i--)
        {
            if (layers[i].Holds(key) is { } leaf)
            {
                return new(layers[i].SourceOf(leaf).ToString(), layers[i].Kind, layers[i].LineOf(leaf));
            }
        }

        return new("defaults", ValueSourceKind.Default);
    }

    public ValueSource SourceOf(string key)
    {
        for (var i = layers.Count - 1; i >= 0; i--)
        {
            if (layers[i].Holds(key) is { } leaf)
            {
                return layers[i].SourceOf(leaf);
            }
        }

        return ValueSource.Default;
    }

    public Dictionary<string, ValueSource> SourcesOf(IEnumerable<FlatSetting> settings, ISet<string> setByCode) =>
        settings.ToDictionary(
            setting => setting.DisplayPath,
            setting => setByCode.Any(key => key.Equals(setting.Key, StringComparison.OrdinalIgnoreCase)
                || key.StartsWith(setting.Key + ":", StringComparison.OrdinalIgnoreCase)) ? ValueSource.Code : SourceOf(setting.Key),
            StringComparer.OrdinalIgnoreCase);
}

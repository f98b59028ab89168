using Microsoft.Extensions.Configuration;

namespace Liftoff.Configuration.Loading;

/// <summary>
/// One layer of the configuration, with the leaf keys it holds and a way to say where a key came from in the user's
/// terms (a file line, a variable name, an argument).
/// </summary>
internal sealed class ConfigurationLayer(ValueSourceKind kind, Func<string, string> describe, Func<string, int?>? lineOf = null)
{
    private readonly HashSet<string> _leaves = new(StringComparer.OrdinalIgnoreCase);

    public ValueSourceKind Kind { get; } = kind;

    public void Attach(IConfigurationProvider provider) => Collect(provider, null);

    /// <summary>The leaf this layer holds at <paramref name="key"/> or below it, if any.</summary>
    public string? Holds(string key)
    {
        if (_leaves.Contains(key))
        {
            return key;
        }

        var prefix = key + ":";
        return _leaves.FirstOrDefault(leaf => leaf.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }

    public bool HoldsAnythingUnder(string key) => Holds(key) is not null;

    public ValueSource SourceOf(string key) => new(Kind, describe(key));

    public int? LineOf(string key) => lineOf?.Invoke(key);

    private void Collect(IConfigurationProvider provider, string? parent)
    {
        foreach (var child in provider.GetChildKeys([], parent).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var path = parent is null ? child : parent + ":" + child;
            if (provider.TryGet(path, out _))
            {
                _leaves.Add(path);
            }

            Collect(provider, path);
        }
    }
}

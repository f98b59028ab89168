using Liftoff.Configuration;
using Liftoff.TestSupport;

namespace Liftoff.Core.Tests.Configuration;

/// <summary>Builds a working folder with an optional liftoff.json and loads the configuration from it.</summary>
internal sealed class ConfigurationFixture : IDisposable
{
    private readonly TempDirectory _working = TempDirectory.Create("config");

    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal);

    public List<KeyValuePair<string, string>> Arguments { get; } = [];

    public List<Action<LiftoffOptions>> Code { get; } = [];

    public string? ConfigPath { get; set; }

    public string WorkingDirectory => _working.Path;

    public ConfigurationFixture WithFile(string json, string name = ConfigurationRequest.DefaultFileName)
    {
        _working.WriteFile(name, json);
        return this;
    }

    public ConfigurationFixture WithArgument(string name, string value)
    {
        Arguments.Add(KeyValuePair.Create(name, value));
        return this;
    }

    public LoadedConfiguration Load() => ConfigurationLoader.Load(new ConfigurationRequest
    {
        WorkingDirectory = _working.Path,
        ConfigPath = ConfigPath,
        Environment = Environment,
        Arguments = Arguments,
        Code = Code,
    });

    /// <summary>The problems of a configuration expected to be invalid, each as printed.</summary>
    public IReadOnlyList<string> Problems()
    {
        var error = Assert.Throws<ConfigurationException>(() => Load())!;
        return error.Problems.Select(problem => problem.ToString()).ToList();
    }

    public void Dispose() => _working.Dispose();
}

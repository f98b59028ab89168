using System.Globalization;
using Liftoff.Configuration;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Deploy;

/// <summary>
/// What a custom deploy target is made from: the environment (its name, URL and <c>target.settings</c>), the
/// repository's folder, and where its output lines go. A custom target's constructor takes this, plus any services.
/// </summary>
/// <param name="Environment">The environment being deployed.</param>
/// <param name="WorkingDirectory">The repository's folder; relative paths in settings are taken from it.</param>
/// <param name="Output">Receives lines to show, for example a tool's output; may be null.</param>
public sealed record DeployTargetRequest(EnvironmentOptions Environment, string WorkingDirectory, Action<string>? Output)
{
    /// <summary>The environment's <c>target.settings</c>, keys ignoring case.</summary>
    public IReadOnlyDictionary<string, string> Settings => Environment.Target.Settings;

    /// <summary>A setting's value, or null when it is missing or blank.</summary>
    public string? Setting(string key) =>
        Settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>A setting's value.</summary>
    /// <param name="key">The key under <c>target.settings</c>.</param>
    /// <param name="expected">What the value should be, for the message, for example "a folder path".</param>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.EnvironmentTargetInvalid"/> (exit code 3) when it is missing.</exception>
    public string RequiredSetting(string key, string expected) =>
        Setting(key) ?? throw new LiftoffException(DiagnosticCodes.EnvironmentTargetInvalid, ExitCodes.ConfigurationInvalid, string.Create(
            CultureInfo.InvariantCulture,
            $"environments.{Environment.Name}.target.settings.{key} is missing; the {Environment.Target.Kind} target expects {expected}"));
}

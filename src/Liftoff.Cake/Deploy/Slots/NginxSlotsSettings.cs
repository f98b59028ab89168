using System.Globalization;
using Liftoff.Configuration;
using Liftoff.Deploy.Targets.NginxSlots;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Deploy.Slots;

/// <summary>
/// Reads an <c>nginxSlots</c> target's settings (<c>environments.&lt;env&gt;.target.settings</c>, all strings) into
/// <see cref="NginxSlotsOptions"/>. Every problem is collected and reported at once, naming the key, the value and
/// what was expected; unknown keys are problems too.
/// </summary>
internal sealed class NginxSlotsSettings(EnvironmentOptions environment)
{
    /// <summary>Every key the target takes.</summary>
    public static readonly string[] Keys =
    [
        "upstreamFile", "bluePort", "greenPort", "start", "stop", "readinessPath", "startTimeoutSeconds", "stopTimeoutSeconds",
        "nginx", "nginxArgs", "strategy", "canarySteps", "analysisRounds", "analysisIntervalSeconds", "maxErrorRateIncrease",
        "maxLatencyIncreasePercent", "latencySlackMilliseconds", "drainSeconds", "releases",
    ];

    private readonly List<string> _problems = [];

    /// <summary>Builds the target of <paramref name="environment"/>.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.EnvironmentTargetInvalid"/>, listing every problem.</exception>
    public static NginxSlotsTarget Create(EnvironmentOptions environment, string workingDirectory, Action<string>? output, TimeProvider time)
    {
        var settings = new NginxSlotsSettings(environment);
        var options = settings.Read(workingDirectory, output);
        NginxSlotsTarget? target = null;
        if (settings._problems.Count == 0)
        {
            try
            {
                target = new NginxSlotsTarget(options, time);
            }
            catch (LiftoffException error) when (error.Code == DiagnosticCodes.SlotsOptionsInvalid)
            {
                settings._problems.Add(error.Message);
            }
        }

        return target ?? throw new LiftoffException(DiagnosticCodes.EnvironmentTargetInvalid, ExitCodes.ConfigurationInvalid,
            $"the nginxSlots target of environment '{environment.Name}' is misconfigured: {string.Join("; ", settings._problems)}");
    }

    private NginxSlotsOptions Read(string workingDirectory, Action<string>? output)
    {
        foreach (var key in environment.Target.Settings.Keys.Where(key => !Keys.Contains(key, StringComparer.OrdinalIgnoreCase)))
        {
            _problems.Add($"{Key(key)} is not a setting of an nginxSlots target (expected one of: {string.Join(", ", Keys)})");
        }

        var upstream = Required("upstreamFile", "the path of the upstream file Liftoff writes, included inside your nginx upstream block");
        var releases = Optional("releases");
        return new NginxSlotsOptions
        {
            Environment = environment.Name,
            Url = environment.Url,
            UpstreamFile = upstream.Length == 0 ? "" : Path.GetFullPath(upstream, workingDirectory),
            BluePort = (int)Number("bluePort", 0, 1, required: true),
            GreenPort = (int)Number("greenPort", 0, 1, required: true),
            Start = Required("start", "a shell command that runs {release} on {port}, for example 'dotnet {release}/App.dll --urls http://127.0.0.1:{port}'"),
            Stop = Optional("stop"),
            ReadinessPath = Optional("readinessPath") ?? "/" + Liftoff.Artifacts.VersionMarker.PathInArtifact,
            StartTimeout = TimeSpan.FromSeconds(Number("startTimeoutSeconds", 60, 0.001)),
            StopTimeout = TimeSpan.FromSeconds(Number("stopTimeoutSeconds", 10, 0.001)),
            Nginx = Optional("nginx") ?? "nginx",
            NginxArguments = Optional("nginxArgs") ?? "",
            Strategy = Strategy(),
            CanarySteps = Steps(),
            AnalysisRounds = (int)Number("analysisRounds", 3, 1),
            AnalysisInterval = Optional("analysisIntervalSeconds") is null ? null : TimeSpan.FromSeconds(Number("analysisIntervalSeconds", 0, 0)),
            MaxErrorRateIncrease = Number("maxErrorRateIncrease", 1, 0),
            MaxLatencyIncreasePercent = Number("maxLatencyIncreasePercent", 50, 0),
            LatencySlack = TimeSpan.FromMilliseconds(Number("latencySlackMilliseconds", 50, 0)),
            Drain = TimeSpan.FromSeconds(Number("drainSeconds", 30, 0)),
            ReleasesDirectory = releases is null ? null : Path.GetFullPath(releases, workingDirectory),
            Validation = environment.Validation,
            WorkingDirectory = workingDirectory,
            Output = output,
        };
    }

    private string Key(string key) => $"environments.{environment.Name}.target.settings.{key}";

    private string? Optional(string key) =>
        environment.Target.Settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private string Required(string key, string expected)
    {
        var value = Optional(key);
        if (value is null)
        {
            _problems.Add($"{Key(key)} is missing; expected {expected}");
        }

        return value ?? "";
    }

    private double Number(string key, double fallback, double minimum, bool required = false)
    {
        var value = Optional(key);
        if (value is null)
        {
            if (required)
            {
                _problems.Add(string.Create(CultureInfo.InvariantCulture, $"{Key(key)} is missing; expected a number of at least {minimum}"));
            }

            return fallback;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= minimum)
        {
            return number;
        }

        _problems.Add(string.Create(CultureInfo.InvariantCulture, $"{Key(key)} is '{value}'; expected a number of at least {minimum}"));
        return fallback;
    }

    private SlotStrategy Strategy()
    {
        var value = Optional("strategy");
        if (value is null || value.Equals("blueGreen", StringComparison.OrdinalIgnoreCase) || value.Equals("blue-green", StringComparison.OrdinalIgnoreCase))
        {
            return SlotStrategy.BlueGreen;
        }

        if (value.Equals("canary", StringComparison.OrdinalIgnoreCase))
        {
            return SlotStrategy.Canary;
        }

        _problems.Add($"{Key("strategy")} is '{value}'; expected blueGreen or canary");
        return SlotStrategy.BlueGreen;
    }

    private int[] Steps()
    {
        var value = Optional("canarySteps");
        if (value is null)
        {
            return [5, 25, 50, 100];
        }

        var parts = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var steps = parts.Select(part => int.TryParse(part.TrimEnd('%'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var step) ? step : -1).ToArray();
        if (steps.Length == 0 || steps.Any(step => step < 0))
        {
            _problems.Add($"{Key("canarySteps")} is '{value}'; expected percentages separated by commas, for example 5,25,50,100");
            return [5, 25, 50, 100];
        }

        return steps; // Ranges and order are checked by NginxSlotsOptions.Validate, with the others.
    }
}

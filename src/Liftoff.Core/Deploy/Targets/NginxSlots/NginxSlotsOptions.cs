using System.Globalization;
using Liftoff.Configuration;
using Liftoff.Diagnostics;

namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>
/// Settings for <see cref="NginxSlotsTarget"/>: a service run in two slots (blue and green, each on its own loopback
/// port) behind nginx, whose traffic moves by the weights Liftoff writes into one included upstream file.
/// Commands run with <c>/bin/sh -c</c> after <c>{version}</c>, <c>{artifact}</c>, <c>{release}</c>, <c>{port}</c> and
/// <c>{slot}</c> are replaced by shell-quoted values.
/// </summary>
public sealed class NginxSlotsOptions
{
    /// <summary>The environment's name, for messages. Required.</summary>
    public required string Environment { get; init; }

    /// <summary>The URL nginx serves the environment at; after each full switch its marker is read back. None by default.</summary>
    public Uri? Url { get; init; }

    /// <summary>
    /// The upstream file Liftoff owns (absolute path): only <c>server</c> lines, included inside the user's
    /// <c>upstream</c> block. The slot state (<c>&lt;name&gt;.state.json</c>) and its lock sit next to it. Required.
    /// </summary>
    public required string UpstreamFile { get; init; }

    /// <summary>The blue slot's loopback port. Required.</summary>
    public int BluePort { get; init; }

    /// <summary>The green slot's loopback port. Required.</summary>
    public int GreenPort { get; init; }

    /// <summary>Starts a version in a slot and keeps running (it is detached by Liftoff). Required.</summary>
    public required string Start { get; init; }

    /// <summary>Stops a slot (also gets <c>{pid}</c>). None by default: SIGTERM to the slot's process group, SIGKILL after <see cref="StopTimeout"/>.</summary>
    public string? Stop { get; init; }

    /// <summary>The path that answers 2xx once a slot is ready. Default the version marker, <c>/.well-known/liftoff.json</c>.</summary>
    public string ReadinessPath { get; init; } = "/" + Artifacts.VersionMarker.PathInArtifact;

    /// <summary>How long a slot may take to become ready. Default 60 seconds.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a slot may take to stop before its process group is killed. Default 10 seconds.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The nginx binary. Default <c>nginx</c>, from the PATH.</summary>
    public string Nginx { get; init; } = "nginx";

    /// <summary>Arguments before <c>-t</c> and <c>-s reload</c>, in shell syntax, for example <c>-p /srv/nginx/ -c /srv/nginx/nginx.conf</c>. None by default.</summary>
    public string NginxArguments { get; init; } = "";

    /// <summary>Blue-green (one switch) or canary (weighted steps with analysis). Default blue-green.</summary>
    public SlotStrategy Strategy { get; init; } = SlotStrategy.BlueGreen;

    /// <summary>The canary's share of the traffic at each step, in percent, ascending; 100 is added when missing. Default 5, 25, 50, 100.</summary>
    public IReadOnlyList<int> CanarySteps { get; init; } = [5, 25, 50, 100];

    /// <summary>Analysis rounds at each canary step. Default 3.</summary>
    public int AnalysisRounds { get; init; } = 3;

    /// <summary>The wait before each analysis round; null takes <see cref="ValidationOptions.IntervalSeconds"/>. Default null.</summary>
    public TimeSpan? AnalysisInterval { get; init; }

    /// <summary>How many percentage points the canary's error rate may exceed the stable version's. Default 1.</summary>
    public double MaxErrorRateIncrease { get; init; } = 1;

    /// <summary>How much higher (in percent) the canary's p95 may be than the stable version's, plus <see cref="LatencySlack"/>. Default 50.</summary>
    public double MaxLatencyIncreasePercent { get; init; } = 50;

    /// <summary>An absolute allowance on top of the p95 comparison, so that two fast versions are not told apart by noise. Default 50 ms.</summary>
    public TimeSpan LatencySlack { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How long the slot that lost its traffic keeps running, so a rollback is a weight change. Default 30 seconds.</summary>
    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Where artifacts are extracted for <c>{release}</c>, one folder per slot. Default <c>&lt;upstream name&gt;.releases</c> beside the upstream file.</summary>
    public string? ReleasesDirectory { get; init; }

    /// <summary>
    /// The declared checks. A new slot gets the smoke checks (marker, HTTP, critical paths, commands) on its port before
    /// any traffic; each analysis round runs all of them, latency and error rates included, against both slots.
    /// </summary>
    public ValidationOptions Validation { get; init; } = new();

    /// <summary>The folder commands run in; the process's current folder when null.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Receives what the target does and what its commands print, for the build log. None by default.</summary>
    public Action<string>? Output { get; init; }

    /// <summary>The slot state file: <c>&lt;upstream file without extension&gt;.state.json</c>.</summary>
    public string StatePath => Path.ChangeExtension(UpstreamFile, ".state.json");

    /// <summary>The folder a slot's artifact is extracted into.</summary>
    public string ReleaseFolder(SlotName slot) =>
        Path.Combine(ReleasesDirectory ?? Path.ChangeExtension(UpstreamFile, ".releases"), slot.Key());

    /// <summary>The slot's log file (its stdout and stderr), beside the state file.</summary>
    public string LogPath(SlotName slot) => Path.ChangeExtension(UpstreamFile, "." + slot.Key() + ".log");

    /// <summary>The port of <paramref name="slot"/>.</summary>
    public int PortOf(SlotName slot) => slot == SlotName.Blue ? BluePort : GreenPort;

    /// <summary>The slot's own address, <c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri SlotUrl(SlotName slot) => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{PortOf(slot)}/"));

    /// <summary>The canary steps as run: ascending, ending at 100.</summary>
    public IReadOnlyList<int> Steps => CanarySteps.Count > 0 && CanarySteps[^1] == 100 ? CanarySteps : [.. CanarySteps, 100];

    /// <summary>Checks every setting and reports all problems at once.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.SlotsOptionsInvalid"/>, listing each problem.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        Require(!string.IsNullOrWhiteSpace(Environment), "environment must not be empty");
        Require(!string.IsNullOrWhiteSpace(UpstreamFile) && Path.IsPathFullyQualified(UpstreamFile),
            $"upstreamFile is '{UpstreamFile}'; expected an absolute file path");
        Require(!string.IsNullOrWhiteSpace(Start), "start must be a shell command, for example 'dotnet {release}/App.dll --urls http://127.0.0.1:{port}'");
        foreach (var (name, port) in new[] { ("bluePort", BluePort), ("greenPort", GreenPort) })
        {
            Require(port is >= 1 and <= 65535, string.Create(CultureInfo.InvariantCulture, $"{name} is {port}; expected a port from 1 to 65535"));
        }

        Require(BluePort != GreenPort, string.Create(CultureInfo.InvariantCulture, $"bluePort and greenPort are both {BluePort}; each slot needs its own port"));
        Require(ReadinessPath.StartsWith('/'), $"readinessPath is '{ReadinessPath}'; expected a path starting with /");
        Require(CanarySteps.All(step => step is >= 1 and <= 100) && CanarySteps.Zip(CanarySteps.Skip(1)).All(pair => pair.First < pair.Second),
            $"canarySteps is '{string.Join(",", CanarySteps)}'; expected ascending percentages from 1 to 100, for example 5,25,50,100");
        Require(AnalysisRounds >= 1, string.Create(CultureInfo.InvariantCulture, $"analysisRounds is {AnalysisRounds}; expected at least 1"));
        Require(StartTimeout > TimeSpan.Zero && StopTimeout > TimeSpan.Zero, "startTimeoutSeconds and stopTimeoutSeconds must be positive");
        Require(Drain >= TimeSpan.Zero && (AnalysisInterval ?? TimeSpan.Zero) >= TimeSpan.Zero, "drainSeconds and analysisIntervalSeconds must not be negative");
        Require(MaxErrorRateIncrease >= 0 && MaxLatencyIncreasePercent >= 0 && LatencySlack >= TimeSpan.Zero,
            "maxErrorRateIncrease, maxLatencyIncreasePercent and latencySlackMilliseconds must not be negative");
        if (problems.Count > 0)
        {
            throw new LiftoffException(DiagnosticCodes.SlotsOptionsInvalid, ExitCodes.ConfigurationInvalid,
                $"the nginx-slots target of {Environment} is misconfigured: " + string.Join("; ", problems));
        }

        void Require(bool condition, string problem)
        {
            if (!condition)
            {
                problems.Add(problem);
            }
        }
    }
}

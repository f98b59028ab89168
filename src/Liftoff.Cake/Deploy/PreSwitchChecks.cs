using System.Globalization;
using Liftoff.Configuration;
using Liftoff.Deploy;
using Liftoff.Deploy.Targets.Command;
using Liftoff.Diagnostics;
using Liftoff.Processes;
using Liftoff.Validation;

namespace Liftoff.Cake.Deploy;

/// <summary>
/// What runs against a prepared release of a releases-directory target just before the switch, while the release
/// served before is still served: the <c>check</c> command (for example <c>test -s {release}/index.html</c>), then,
/// when <c>validation.previewUrl</c> says where the web server shows a prepared release, the version marker, the http
/// checks and the critical paths against that URL. Either refusing leaves the served release as it was.
/// </summary>
/// <remarks>
/// "Before the switch" is a moment only some targets have. A releases directory prepares a release beside the live
/// one, so it can be checked there. A GitHub Pages commit is itself the switch, and a command target's deploy command
/// prepares and switches in one go: for those, the declared checks run after the switch, and a failure rolls back.
/// </remarks>
internal sealed class PreSwitchChecks(EnvironmentOptions environment, TimeProvider time, string workingDirectory, Action<string>? output)
{
    /// <summary>The combined check, or null when there is nothing to run before the switch.</summary>
    public Func<PreparedRelease, CancellationToken, Task<string?>>? Create(string? command)
    {
        var preview = environment.Validation is { Enabled: true, PreviewUrl: { Length: > 0 } } ? environment.Validation.PreviewUrl : null;
        if (command is null && preview is null)
        {
            return null;
        }

        return async (release, cancellationToken) =>
            (command is null ? null : await RunCommandAsync(command, release, cancellationToken).ConfigureAwait(false))
            ?? (preview is null ? null : await SmokeAsync(preview, release, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The preview URL of a release, or bad configuration naming the key.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.EnvironmentTargetInvalid"/> when it is not an absolute http(s) URL.</exception>
    public Uri PreviewUrlFor(string template, PreparedRelease release)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(release);
        var text = template
            .Replace("{release}", Uri.EscapeDataString(release.Id), StringComparison.Ordinal)
            .Replace("{version}", Uri.EscapeDataString(release.Marker.Version), StringComparison.Ordinal);
        return Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw new LiftoffException(DiagnosticCodes.EnvironmentTargetInvalid, ExitCodes.ConfigurationInvalid,
                $"environments.{environment.Name}.validation.previewUrl is '{template}'; expected an absolute http or https URL such as http://127.0.0.1:8080/_releases/{{release}}/");
    }

    private async Task<string?> RunCommandAsync(string command, PreparedRelease release, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["release"] = release.Location,
            ["version"] = release.Marker.Version,
            ["environment"] = environment.Name,
        };
        var request = ProcessRequest.Shell(ShellQuote.Fill(command, values)) with
        {
            WorkingDirectory = workingDirectory,
            Timeout = TimeSpan.FromMinutes(5),
            OnLine = output,
            Time = time,
        };
        var result = await ProcessRunner.RunAsync(request, cancellationToken).ConfigureAwait(false);
        return result is { ExitCode: 0, TimedOut: false } ? null : string.Create(
            CultureInfo.InvariantCulture,
            $"the check '{command}' {(result.TimedOut ? "timed out" : $"exited with code {result.ExitCode}")}: {result.Output.Trim()}");
    }

    private async Task<string?> SmokeAsync(string template, PreparedRelease release, CancellationToken cancellationToken)
    {
        var url = PreviewUrlFor(template, release);
        using var http = new HttpClient();
        var report = await new ValidationRunner(http, time).SmokeAsync(url, release.Marker, environment.Validation, cancellationToken).ConfigureAwait(false);
        output?.Invoke($"Smoke before the switch, at {url}: {report.Verdict.Word()} · {report.Summary}");
        foreach (var finding in report.Findings)
        {
            output?.Invoke("  " + finding);
        }

        return report.Failed ? $"the smoke checks against {url} failed: {report.Summary}" : null;
    }
}

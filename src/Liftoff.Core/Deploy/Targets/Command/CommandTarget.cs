using System.Globalization;
using System.Text.Json;
using Liftoff.Artifacts;
using Liftoff.Diagnostics;

namespace Liftoff.Deploy.Targets.Command;

/// <summary>
/// The user's own deploy, rollback and status commands. Preparing only names the release (the artifact is already
/// verified); the switch is the deploy command; a rollback is the rollback command with <c>{version}</c> set to the
/// release to serve again. A non-zero exit code is a failed deploy, and the message carries the command's output.
/// </summary>
public sealed class CommandTarget : IDeployTarget
{
    private static readonly JsonSerializerOptions MarkerJson = new(JsonSerializerDefaults.Web);

    private readonly CommandTargetOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the target; the options are validated here.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.DeployTargetInvalid"/> for bad options.</exception>
    public CommandTarget(CommandTargetOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <inheritdoc />
    /// <remarks>The release id is the version: what <c>{version}</c> gets, in a deploy and in a rollback.</remarks>
    public Task<PreparedRelease> PrepareAsync(Artifact artifact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        return Task.FromResult(new PreparedRelease(artifact.Manifest.Version, artifact.ArchivePath, artifact.Marker));
    }

    /// <inheritdoc />
    /// <remarks>The marker is inside the archive the deploy command receives; there is nothing to add.</remarks>
    public Task PublishMarkerAsync(PreparedRelease release, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(release);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.CommandFailed"/> or <see cref="DiagnosticCodes.CommandTimedOut"/>.</exception>
    public async Task<SwitchResult> SwitchAsync(PreparedRelease release, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(release);
        var before = await CurrentAsync(cancellationToken).ConfigureAwait(false);
        var result = await RunAsync("deploy", _options.Deploy, release.Id, release.Location, cancellationToken).ConfigureAwait(false);
        return new SwitchResult(before?.Id, release.Id, result.Elapsed, []);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Runs the status command: JSON output is read as the version marker (its version is the id); any other output's
    /// first line is the id. Null without a status command or when it prints nothing.
    /// </remarks>
    public async Task<DeployedRelease?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(_options.Status))
        {
            return null;
        }

        var result = await RunAsync("status", _options.Status, "", "", cancellationToken).ConfigureAwait(false);
        var text = result.Output.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (text.StartsWith('{'))
        {
            try
            {
                var marker = JsonSerializer.Deserialize<VersionMarker>(text, MarkerJson);
                if (marker is not null && !string.IsNullOrEmpty(marker.Version))
                {
                    return new DeployedRelease(marker.Version, _options.Environment, marker);
                }
            }
            catch (JsonException)
            {
                // Not a marker after all: fall through and take the first line as the id.
            }
        }

        return new DeployedRelease(text.Split('\n')[0].Trim(), _options.Environment, null);
    }

    /// <inheritdoc />
    /// <exception cref="LiftoffException">
    /// <see cref="DiagnosticCodes.CommandNotConfigured"/> without a rollback command; <see cref="DiagnosticCodes.CommandFailed"/>.
    /// </exception>
    public async Task<SwitchResult> RollbackAsync(string releaseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(releaseId);
        if (string.IsNullOrWhiteSpace(_options.Rollback))
        {
            throw new LiftoffException(DiagnosticCodes.CommandNotConfigured, ExitCodes.ConfigurationInvalid,
                $"environment '{_options.Environment}' has no rollback command: set environments.{_options.Environment}.target.settings.rollback to a shell command (for example 'my-deploy rollback {{version}}')");
        }

        var before = await CurrentAsync(cancellationToken).ConfigureAwait(false);
        var result = await RunAsync("rollback", _options.Rollback, releaseId, "", cancellationToken).ConfigureAwait(false);
        return new SwitchResult(before?.Id, releaseId, result.Elapsed, []);
    }

    private async Task<ShellCommandResult> RunAsync(string label, string template, string version, string artifact, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["version"] = version,
            ["artifact"] = artifact,
            ["environment"] = _options.Environment,
            ["url"] = _options.Url?.ToString() ?? "",
        };
        var commandLine = ShellQuote.Fill(template, values);
        var result = await ShellCommand.RunAsync(label, commandLine, _options, _time, cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new LiftoffException(DiagnosticCodes.CommandFailed, ExitCodes.TaskFailed, string.Create(CultureInfo.InvariantCulture,
                $"the {label} command of {_options.Environment} exited with code {result.ExitCode}: {commandLine}{ShellCommand.Tail(result.Output)}"));
        }

        return result;
    }
}

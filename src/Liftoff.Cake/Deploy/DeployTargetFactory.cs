using System.Globalization;
using Liftoff.Configuration;
using Liftoff.Deploy;
using Liftoff.Deploy.Targets.Command;
using Liftoff.Deploy.Targets.GitHubPages;
using Liftoff.Deploy.Targets.ReleasesDirectory;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Deploy;

/// <summary>
/// Turns an environment's <c>target</c> (type plus free-form settings) into an <see cref="IDeployTarget"/>. Each type
/// owns its settings keys and checks them here; a problem names the environment, the key, the value and what was
/// expected. A new target type is one arm in <see cref="Create"/> and one in <see cref="ReleaseIdFor"/>; a target of the
/// build project's own is registered with <c>AddDeployTarget</c> instead (<see cref="CustomDeployTargets"/>).
/// </summary>
public sealed class DeployTargetFactory(TimeProvider time)
{
    private static readonly string[] ReleasesDirectoryKeys = ["root", "keep", "shared", "check"];
    private static readonly string[] CommandKeys = ["deploy", "rollback", "status", "timeoutSeconds"];
    private static readonly string[] GitHubPagesKeys = ["repository", "remote", "branch", "cname", "noJekyll"];
    private readonly CustomDeployTargets? _custom;

    /// <summary>The factory, with the targets the build project registered with <c>AddDeployTarget</c> for <c>"type": "custom"</c>.</summary>
    public DeployTargetFactory(TimeProvider time, IServiceProvider services, IEnumerable<DeployTargetRegistration> custom)
        : this(time) => _custom = new CustomDeployTargets(services, custom);

    /// <summary>The target of <paramref name="environment"/>; relative paths are taken from <paramref name="workingDirectory"/>.</summary>
    /// <param name="environment">The environment.</param>
    /// <param name="workingDirectory">The repository's folder.</param>
    /// <param name="output">Receives the lines a command target's commands print.</param>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.EnvironmentTargetInvalid"/> for bad settings.</exception>
    public IDeployTarget Create(EnvironmentOptions environment, string workingDirectory, Action<string>? output = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var settings = new Settings(environment);
        switch (environment.Target.Type)
        {
            case TargetType.ReleasesDirectory:
                var root = settings.Required("root", "a folder path, for example /srv/site");
                var releases = new ReleasesDirectoryOptions
                {
                    Root = root.Length == 0 ? "" : Path.GetFullPath(root, workingDirectory),
                    Keep = settings.Integer("keep", 5, 1),
                    SharedDirectories = settings.List("shared"),
                    PreSwitchCheck = new PreSwitchChecks(environment, time, workingDirectory, output).Create(settings.Optional("check")),
                };
                return settings.Check(ReleasesDirectoryKeys, () => new ReleasesDirectoryTarget(releases, time));
            case TargetType.Command:
                var commands = new CommandTargetOptions
                {
                    Environment = environment.Name,
                    Url = environment.Url,
                    Deploy = settings.Required("deploy", "a shell command, for example 'rsync -a {artifact} host:/srv/{version}'"),
                    Rollback = settings.Optional("rollback"),
                    Status = settings.Optional("status"),
                    Timeout = TimeSpan.FromSeconds(settings.Integer("timeoutSeconds", 600, 1)),
                    WorkingDirectory = workingDirectory,
                    Output = output,
                };
                return settings.Check(CommandKeys, () => new CommandTarget(commands, time));
            case TargetType.GitHubPages:
                var pages = new GitHubPagesOptions
                {
                    RepositoryPath = Path.GetFullPath(settings.Optional("repository") ?? ".", workingDirectory),
                    Remote = settings.Optional("remote") ?? "origin",
                    Branch = settings.Optional("branch") ?? "gh-pages",
                    Cname = settings.Optional("cname"),
                    NoJekyll = settings.Boolean("noJekyll", true),
                };
                return settings.Check(GitHubPagesKeys, () => new GitHubPagesTarget(pages, time));
            case TargetType.Custom:
                return (_custom ?? new CustomDeployTargets(EmptyServices.Instance, [])).Create(new DeployTargetRequest(environment, workingDirectory, output));
            default:
                throw new LiftoffException(DiagnosticCodes.EnvironmentTargetInvalid, ExitCodes.ConfigurationInvalid,
                    $"environments.{environment.Name}.target.type is {environment.Target.Type}, which this version of Liftoff cannot deploy; use releasesDirectory, gitHubPages, command or custom");
        }
    }

    /// <summary>
    /// The id the environment's target gives a release of <paramref name="version"/> built from <paramref name="commit"/>:
    /// what a rollback asks the target to serve again.
    /// </summary>
    public static string ReleaseIdFor(EnvironmentOptions environment, string version, string? commit)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(version);
        return environment.Target.Type switch
        {
            TargetType.ReleasesDirectory or TargetType.GitHubPages when !string.IsNullOrEmpty(commit) => $"{version}-{commit[..Math.Min(7, commit.Length)]}",
            _ => version,
        };
    }

    private sealed class Settings(EnvironmentOptions environment)
    {
        private readonly List<string> _problems = [];

        private string Key(string key) => $"environments.{environment.Name}.target.settings.{key}";

        public IDeployTarget Check(string[] known, Func<IDeployTarget> create)
        {
            foreach (var key in environment.Target.Settings.Keys.Where(key => !known.Contains(key, StringComparer.OrdinalIgnoreCase)))
            {
                _problems.Add($"{Key(key)} is not a setting of a {environment.Target.Type} target (expected one of: {string.Join(", ", known)})");
            }

            IDeployTarget? target = null;
            if (_problems.Count == 0)
            {
                try
                {
                    target = create();
                }
                catch (LiftoffException error) when (error.Code is DiagnosticCodes.DeployTargetInvalid or DiagnosticCodes.PagesOptionsInvalid)
                {
                    _problems.Add(error.Message);
                }
            }

            return _problems.Count == 0 && target is not null
                ? target
                : throw new LiftoffException(DiagnosticCodes.EnvironmentTargetInvalid, ExitCodes.ConfigurationInvalid,
                    $"the {environment.Target.Type} target of environment '{environment.Name}' is misconfigured: {string.Join("; ", _problems)}");
        }

        public string Required(string key, string expected)
        {
            var value = Optional(key);
            if (value is null)
            {
                _problems.Add($"{Key(key)} is missing; expected {expected}");
            }

            return value ?? "";
        }

        public string? Optional(string key) =>
            environment.Target.Settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

        public int Integer(string key, int fallback, int minimum)
        {
            var value = Optional(key);
            if (value is null)
            {
                return fallback;
            }

            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= minimum)
            {
                return number;
            }

            _problems.Add(string.Create(CultureInfo.InvariantCulture, $"{Key(key)} is '{value}'; expected a whole number of at least {minimum}"));
            return fallback;
        }

        public bool Boolean(string key, bool fallback)
        {
            var value = Optional(key);
            if (value is null)
            {
                return fallback;
            }

            if (bool.TryParse(value, out var flag))
            {
                return flag;
            }

            _problems.Add($"{Key(key)} is '{value}'; expected true or false");
            return fallback;
        }

        public string[] List(string key) =>
            Optional(key)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
    }
}

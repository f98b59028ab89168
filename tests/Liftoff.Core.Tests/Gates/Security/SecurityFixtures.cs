using Liftoff.Gates.Security;
using Liftoff.Gates.Tests;
using Liftoff.TestSupport;

namespace Liftoff.Core.Tests.Gates.Security;

/// <summary>
/// Recorded tool output. Files named <c>*.live*</c> were recorded from the real tools on these machines (the NuGet
/// source without vulnerability data, npm audit's 405); the others follow the tools' documented JSON, because no
/// source reachable here returns findings.
/// </summary>
internal static class SecurityFixtures
{
    public static string Path(string name) =>
        System.IO.Path.Combine(RepositoryRoot.Path, "tests", "Liftoff.Core.Tests", "Gates", "Security", "Fixtures", name);

    public static string Read(string name) => File.ReadAllText(Path(name));
}

/// <summary>Replays recorded output per command and remembers what was asked.</summary>
internal sealed class RecordedTools : IAuditToolRunner, IAdvisoryDataProbe
{
    private readonly Dictionary<string, GateProcessResult> _answers = new(StringComparer.Ordinal);

    public List<string> Commands { get; } = [];

    public HashSet<string> SourcesWithData { get; } = new(StringComparer.Ordinal);

    public SecurityAuditTools Tools => new() { Runner = this, Probe = this };

    /// <summary>Answers commands containing <paramref name="match"/> (for example "--vulnerable" or "npm").</summary>
    public RecordedTools Answer(string match, string fixture, int exitCode = 0) =>
        AnswerText(match, SecurityFixtures.Read(fixture), exitCode);

    public RecordedTools AnswerText(string match, string output, int exitCode = 0, string error = "")
    {
        _answers[match] = new GateProcessResult(exitCode, output, error);
        return this;
    }

    public Task<GateProcessResult> RunAsync(string program, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var command = program + " " + string.Join(' ', arguments);
        Commands.Add(command);

        // The longest match wins, so "--vulnerable" beats plain "dotnet list".
        var answer = _answers.Where(pair => command.Contains(pair.Key, StringComparison.Ordinal)).OrderByDescending(pair => pair.Key.Length).FirstOrDefault();
        return Task.FromResult(answer.Value ?? throw new AssertionException("no recorded answer for " + command));
    }

    public Task<string?> MissingVulnerabilityDataAsync(string source, CancellationToken cancellationToken) =>
        Task.FromResult(SourcesWithData.Contains(source) ? null : $"{source} has no VulnerabilityInfo resource");
}

using System.Text.RegularExpressions;
using Liftoff.Reliability.Tests.Support;
using Liftoff.TestSupport.GitHub;

namespace Liftoff.Reliability.Tests.BadInput;

/// <summary>
/// R4, bad input: every case of <see cref="BadInputCatalogue"/> through the real host, in a fresh repository with
/// production deployed. A refused case must exit non-zero with a message holding the case's words (the file, key or
/// argument, and what was expected), print no stack trace, and change nothing: working tree, HEAD, refs, stash,
/// origin's refs (ledger and locks), the releases directory, the artifacts and the GitHub server.
/// </summary>
[Category("Reliability")]
[NonParallelizable]
public sealed partial class BadInputTests
{
    private const string Scenario = "R4 bad input";
    private static readonly ScenarioTally Tally = new(Scenario);
    private LocalGitHubServer _server = null!;

    /// <summary>Every case in a full run; every sixth in the plain test run, which must stay fast.</summary>
    public static IEnumerable<TestCaseData> Cases() =>
        BadInputCatalogue.All().Where((_, i) => Trials.Full || i % 6 == 0).Select(c => new TestCaseData(c).SetArgDisplayNames(c.Name));

    [OneTimeSetUp]
    public async Task StartServer() => _server = await LocalGitHubServer.StartAsync();

    [OneTimeTearDown]
    public async Task WriteRow()
    {
        await _server.DisposeAsync();
        if (Tally.Trials > 0)
        {
            ResultsFile.Write(new ScenarioRow(Scenario, Tally.Trials, Tally.Held, Tally.Failed,
                $"{Tally.Counter("refused")} inputs refused (message names the file, key or argument; exit ≠ 0; nothing changed) · {Tally.Counter("survived")} hostile commit messages survived a dry run", Trials.Full));
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Catalogue(BadInputCase input)
    {
        await using var world = await BadInputWorld.CreateAsync(_server);
        var extra = input.Arrange is null ? [] : await input.Arrange(world);
        var before = world.Snapshot();

        var run = await LiftoffCli.RunAsync(world.Path, LiftoffCli.Environment(world.Deploy.Sandbox.Environment, input.Variables), [.. input.Arguments, .. extra]);

        var output = run.StdOut + run.StdErr;
        var problems = new List<string>();
        if (input.Refused && run.ExitCode == 0)
        {
            problems.Add("exit code 0");
        }

        if (!input.Refused && run.ExitCode != 0)
        {
            problems.Add($"exit code {run.ExitCode} for valid input");
        }

        problems.AddRange(input.Expected.Where(word => !output.Contains(word, StringComparison.Ordinal)).Select(word => $"the output lacks '{word}'"));
        if (output.Contains("   at ", StringComparison.Ordinal) || output.Contains("Unhandled exception", StringComparison.Ordinal))
        {
            problems.Add("a stack trace was printed");
        }

        if (RawControl().Match(output) is { Success: true } control)
        {
            problems.Add($"a raw control character U+{(int)control.Value[0]:X4} was printed");
        }

        var after = world.Snapshot();
        if (after != before)
        {
            problems.Add("something changed:\n" + Difference(before, after));
        }

        Tally.Count(input.Refused ? "refused" : "survived");
        Tally.Record(input.Name, problems.Count == 0, string.Join("; ", problems));
        Assert.That(problems, Is.Empty, run.ToString());
    }

    private static string Difference(string before, string after)
    {
        var old = before.Split('\n').ToHashSet(StringComparer.Ordinal);
        var now = after.Split('\n').ToHashSet(StringComparer.Ordinal);
        return string.Join('\n', old.Except(now).Select(line => "- " + line).Concat(now.Except(old).Select(line => "+ " + line)).Take(20));
    }

    // Anything below U+0020 but tab and line breaks, and DEL: what a terminal would act on.
    [GeneratedRegex("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]")]
    private static partial Regex RawControl();
}

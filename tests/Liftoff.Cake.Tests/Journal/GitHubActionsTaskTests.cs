using Liftoff.TestSupport;

namespace Liftoff.Cake.Tests.Journal;

/// <summary>The GitHub Actions files and commands, under a faked <c>GITHUB_ACTIONS</c> environment writing into temp files.</summary>
public sealed class GitHubActionsTaskTests : JournalFixture
{
    private TempDirectory _runner = null!;

    private string SummaryPath => _runner.Combine("step_summary.md");

    private string OutputPath => _runner.Combine("output");

    [SetUp]
    public void FakeTheRunner()
    {
        _runner = TempDirectory.Create("gha");
        File.WriteAllText(SummaryPath, "");
        File.WriteAllText(OutputPath, "");
        SetVariable("GITHUB_ACTIONS", "true");
        SetVariable("GITHUB_STEP_SUMMARY", SummaryPath);
        SetVariable("GITHUB_OUTPUT", OutputPath);
        SetVariable("GITHUB_SERVER_URL", "https://github.example");
        SetVariable("GITHUB_REPOSITORY", "acme/site");
        SetVariable("GITHUB_RUN_ID", "4242");
    }

    [TearDown]
    public void RemoveTheRunner() => _runner.Dispose();

    [Test]
    public async Task DeployTest_OnGitHubActions_WritesTheSummaryAndOutputsAndMasksTheSecretsFirst()
    {
        var result = await RunWiredAsync("--target=Deploy-Test", "--target=Validate-Test", $"--artifact={await ArtifactAsync("1.0.0")}");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var lines = result.Output.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        var summary = File.ReadAllText(SummaryPath);
        var outputs = ParseOutputs(File.ReadAllText(OutputPath));
        Assert.Multiple(() =>
        {
            Assert.That(lines.IndexOf("::add-mask::" + Token), Is.GreaterThanOrEqualTo(0).And.LessThan(lines.FindIndex(l => l.Contains("Deploy-Test", StringComparison.Ordinal))), "masked before the first task");
            // Escaped as the Actions toolkit escapes command data (% as %25); the runner unescapes it.
            Assert.That(lines, Does.Contain("::add-mask::" + Hooks.SecretUrl("T0/B0/journal-secret").AbsoluteUri.Replace("%", "%25", StringComparison.Ordinal)));
            Assert.That(summary, Does.StartWith("## ✅ v1.0.0 live in test\n"));
            Assert.That(summary, Does.Contain("| test | 1.0.0 | - |").And.Contain("✅ version marker read back"));
            Assert.That(outputs, Is.EqualTo(new Dictionary<string, string> { ["version"] = "1.0.0", ["environment-url"] = "", ["deployed"] = "true", ["rolled-back"] = "false" }));
            Assert.That(Repo.Deployments.Statuses(Repo.Deployments.All().Single().Id)[0].LogUrl, Is.EqualTo("https://github.example/acme/site/actions/runs/4242"));
        });
    }

    [Test]
    public async Task PreDeployChecks_AFailedGate_IsAnErrorAnnotation()
    {
        var result = await RunWiredAsync(
            "--target=Pre-Deploy-Checks", "--gates.tests.command=false", "--gates.review.enabled=false", "--gates.backlog.enabled=false",
            "--gates.security.enabled=false", "--gates.branch.enabled=false");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Output, Does.Match(@"(?m)^::error title=Check-Tests::.+$"));
        Assert.That(File.ReadAllText(SummaryPath), Does.Contain("| Check-Tests | ❌ Fail |"));
        Assert.That(ParseOutputs(File.ReadAllText(OutputPath))["deployed"], Is.EqualTo("false"));
    }

    [Test]
    public async Task DeployTest_NotOnGitHubActions_WritesNoFilesAndNoCommands()
    {
        SetVariable("GITHUB_ACTIONS", null);

        var result = await RunWiredAsync("--target=Deploy-Test", $"--artifact={await ArtifactAsync("1.0.0")}");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(File.ReadAllText(SummaryPath), Is.Empty);
        Assert.That(File.ReadAllText(OutputPath), Is.Empty);
        Assert.That(result.Output, Does.Not.Contain("::add-mask::"));
    }

    // The runner's reading of $GITHUB_OUTPUT: name<<DELIMITER blocks.
    private static Dictionary<string, string> ParseOutputs(string text)
    {
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var heredoc = lines[i].IndexOf("<<", StringComparison.Ordinal);
            if (heredoc <= 0)
            {
                continue;
            }

            var delimiter = lines[i][(heredoc + 2)..];
            var value = new List<string>();
            var name = lines[i][..heredoc];
            while (lines[++i] != delimiter)
            {
                value.Add(lines[i]);
            }

            outputs[name] = string.Join('\n', value);
        }

        return outputs;
    }
}

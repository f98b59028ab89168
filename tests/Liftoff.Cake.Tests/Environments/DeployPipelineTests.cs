using System.Net.Http.Json;
using Liftoff.Artifacts;
using Liftoff.TestSupport.Nginx;

namespace Liftoff.Cake.Tests.Environments;

/// <summary>
/// <c>Deploy-Production</c> without <c>--artifact</c> runs the whole pipeline from the design, in order: the gates,
/// Next-Version, Build-Production, Check-Build, the release (changelog, bump, tag, GitHub release), the deploy and its
/// validation, and the automatic rollback when that fails. With <c>--artifact</c> the stages that made it are skipped.
/// GitHub is not reachable here, so the review and backlog gates are off and the GitHub release skips itself.
/// </summary>
[Category("Slow")]
public sealed class DeployPipelineTests : EnvironmentFixture
{
    private static readonly string[] Order =
        ["Pre-Deploy-Checks", "Next-Version", "Build-Production", "Check-Build", "Changelog", "Bump-Version", "Tag", "GitHub-Release", "Release", "Deploy-Production"];

    [Test]
    public async Task DeployProduction_WholePipelineTwice_ReleasesAndDeploysThenRollsTheBadReleaseBack()
    {
        await using var nginx = await NginxServer.StartAsync(Path.Combine(Root("production"), "current"), new NginxOptions { ServerConfig = SiteServerConfig("production") });
        CommitSite(nginx.BaseUri, "feat: home page", ("site/index.html", "<p>site home</p>\n"));

        var first = await RunAsync("--target=Deploy-Production", "--yes");

        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        // Cake's report leaves out Release, which has no body of its own; GitHub-Release is skipped without a token.
        Assert.That(ReportOrder(first.Output), Is.EqualTo(Order.Where(name => name != "Release")));
        Assert.That(first.Output, Does.Match(@"GitHub-Release\s+-\s+Skipped"));
        Assert.That(first.Output, Does.Match(@"Check-Tests\s+✓ Pass\s+1/1 passed"));
        var released = Sandbox.OriginGit("tag", "--list").Split('\n')[^1];
        var version = released.TrimStart('v');
        Assert.That(first.LastLine, Does.StartWith($"Liftoff: site-{version} live in production · validated · "));
        Assert.That((await ServedAsync(nginx)).Version, Is.EqualTo(version));

        Sandbox.Git("pull", "--quiet", "--ff-only", "origin", "main"); // the release commit the Tag stage pushed
        File.Delete(Path.Combine(Sandbox.Path, "site", "index.html"));
        CommitSite(nginx.BaseUri, "fix: lighter home page", ("site/app.js", "console.log('no page');\n"));

        var second = await RunAsync("--target=Deploy-Production", "--yes");

        var bad = Sandbox.OriginGit("tag", "--list").Split('\n')[^1].TrimStart('v');
        Assert.That(bad, Is.Not.EqualTo(version), "the bad version was released too: it is the release that failed");
        Assert.That(second.ExitCode, Is.EqualTo(1), second.ToString());
        Assert.That(second.Output, Does.Match(@"✗ GET /: 500 in \d+ ms — status 500, expected 200"));
        Assert.That(second.Output, Does.Contain($"Recovery: {version} served and verified in production"));
        Assert.That(second.LastLine, Does.EndWith($"rolled back to {version}"));
        Assert.That((await ServedAsync(nginx)).Version, Is.EqualTo(version));
    }

    [Test]
    public async Task DeployProduction_WithArtifact_SkipsTheStagesThatMadeItSayingWhy()
    {
        var manifest = await ArtifactAsync("1.0.0");

        var result = await RunAsync("--target=Deploy-Production", $"--artifact={manifest}", "--yes", "--skip-promotion-check", "--reason=promotion test");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        foreach (var stage in Order[..^1])
        {
            Assert.That(result.Output, Does.Contain($"Skipping task '{stage}': Deploy-Production deploys --artifact={manifest}, which an earlier run gated, built and released"));
        }

        Assert.That(Sandbox.OriginGit("tag", "--list"), Is.Empty, "nothing released");
    }

    [Test]
    public async Task DeployProduction_DryRun_ListsThePipelineInOrderAndChangesNothing()
    {
        CommitSite(new Uri("http://127.0.0.1:1/"), "feat: home page", ("site/index.html", "<p>site home</p>\n"));
        var before = OriginRefs();

        var result = await RunAsync("--target=Deploy-Production", "--dryrun");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var steps = result.Output.Split('\n').Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^\d+\. (\S+)$"))
            .Where(match => match.Success).Select(match => match.Groups[1].Value).ToList();
        Assert.That(steps.Where(Order.Contains), Is.EqualTo(Order.Where(name => name != "GitHub-Release")));
        Assert.That(result.Output, Does.Contain("Skipping task 'GitHub-Release': no GITHUB_TOKEN"));
        Assert.That(steps.IndexOf("Check-Tests"), Is.LessThan(steps.IndexOf("Pre-Deploy-Checks")));
        Assert.That(result.Output, Does.Contain("Would deploy the artifact Build-Production makes in this run to production"));
        Assert.That(OriginRefs(), Is.EqualTo(before));
        Assert.That(Directory.Exists(Root("production")), Is.False);
    }

    [Test]
    public async Task DeployProduction_CiWithoutYes_IsRefusedBeforeAnyGateBuildOrRelease()
    {
        CommitSite(new Uri("http://127.0.0.1:1/"), "feat: home page", protect: true, ("site/index.html", "<p>site home</p>\n"));
        var before = OriginRefs();
        Environment.SetEnvironmentVariable("CI", "true");

        var result = await RunAsync("--target=Deploy-Production");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF0523: production is protected and CI=true: pass --yes to confirm the deploy of the release this run makes"));
        Assert.That(result.Output, Does.Not.Contain("Check-Tests"), "no gate ran");
        Assert.That(OriginRefs(), Is.EqualTo(before), "no tag, no release commit, no lock");
        Assert.That(Directory.Exists(Path.Combine(Sandbox.Path, "artifacts")), Is.False, "nothing built");
    }

    [Test]
    public async Task DeployProduction_OnATerminal_AsksOnceBeforeTheStagesAndNotAgainAtTheDeploy()
    {
        await using var nginx = await NginxServer.StartAsync(Path.Combine(Root("production"), "current"), new NginxOptions { ServerConfig = SiteServerConfig("production") });
        CommitSite(nginx.BaseUri, "feat: home page", protect: true, ("site/index.html", "<p>site home</p>\n"));
        Confirmation.IsInteractive = true;
        Confirmation.Answer = true;

        var result = await RunAsync("--target=Deploy-Production");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(Confirmation.Questions, Is.EqualTo(new[] { "Deploy the release this run makes (after the gates, the build and the release with its tag) to production?" }));
        Assert.That(Sandbox.OriginGit("tag", "--list"), Is.Not.Empty, "released and deployed after the one yes");
    }

    [Test]
    public async Task DeployProduction_OnATerminalAnsweredNo_ChangesNothing()
    {
        CommitSite(new Uri("http://127.0.0.1:1/"), "feat: home page", protect: true, ("site/index.html", "<p>site home</p>\n"));
        var before = OriginRefs();
        Confirmation.IsInteractive = true;

        var result = await RunAsync("--target=Deploy-Production");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Output, Does.Contain("the deploy of the release this run makes (after the gates, the build and the release with its tag) to production was not confirmed. Nothing was changed"));
        Assert.That(OriginRefs(), Is.EqualTo(before));
    }

    // A site repository as a user has it, committed and pushed so the branch gate sees a clean tree in step with origin.
    private void CommitSite(Uri url, string message, params (string Path, string Content)[] files) => CommitSite(url, message, protect: false, files);

    private void CommitSite(Uri url, string message, bool protect, params (string Path, string Content)[] files)
    {
        Sandbox.WriteFile(".gitignore", "artifacts/\n");
        foreach (var (path, content) in files)
        {
            Sandbox.WriteFile(path, content);
        }

        Sandbox.WriteFile("liftoff.json", $$"""
            {
              "gates": {
                "tests": { "command": "printf '<testsuite name=\"site\" tests=\"1\" failures=\"0\"><testcase name=\"home\"/></testsuite>' > {results}/site.xml" },
                "review": { "enabled": false },
                "backlog": { "enabled": false }
              },
              "build": { "name": "site", "commands": [ "cp -R site/. {output}" ], "output": "artifacts/site", "sourceMaps": "allow" },
              "environments": {
                "production": {
                  "url": "{{url}}",
                  "protected": {{(protect ? "true" : "false")}},
                  "target": { "type": "releasesDirectory", "settings": { "root": "{{Root("production")}}" } },
                  "validation": {
                    "rounds": 2, "intervalSeconds": 0.05, "readinessTimeoutSeconds": 5, "readinessPollSeconds": 0.05,
                    "http": [ { "path": "/", "expectStatus": 200, "bodyContains": "site" } ]
                  }
                }
              }
            }
            """);
        Sandbox.Commit(message);
        Sandbox.Push();
    }

    // The task names of Cake's report, in the order they ran or were skipped.
    private static List<string> ReportOrder(string output)
    {
        // Cake's report runs from its header to its Total line; the closing summary after it names stages too.
        var report = output[output.LastIndexOf("Task                          Duration", StringComparison.Ordinal)..];
        var total = report.IndexOf("Total:", StringComparison.Ordinal);
        report = total < 0 ? report : report[..total];
        return report.Split('\n').Select(line => line.Split(' ', 2)[0].Trim())
            .Where(name => Order.Contains(name)).ToList();
    }

    private static async Task<VersionMarker> ServedAsync(NginxServer nginx)
    {
        using var http = new HttpClient();
        return (await http.GetFromJsonAsync<VersionMarker>(new Uri(nginx.BaseUri, VersionMarker.PathInArtifact), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)))!;
    }
}

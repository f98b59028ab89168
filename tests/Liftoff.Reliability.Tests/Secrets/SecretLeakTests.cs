using Liftoff.Reliability.Tests.Support;
using Liftoff.TestSupport.Git;
using Liftoff.TestSupport.GitHub;
using Liftoff.TestSupport.GitHub.Faults;
using Liftoff.TestSupport.Processes;

namespace Liftoff.Reliability.Tests.Secrets;

/// <summary>
/// R5, secrets: whole pipelines, successful and failing, with a recognisable GitHub token set the ways users set it
/// (GITHUB_TOKEN, <c>env:NAME</c>, a <c>LIFTOFF_GITHUB__TOKEN</c> literal, by mistake on the command line, inside
/// origin's URL), at diagnostic verbosity so exception texts are printed in full. The token must appear in 0 bytes of
/// stdout and stderr, of every git object of the repository and of origin (the ledger and the locks included), of the
/// files in the working tree, the artifacts and the releases directory, and of what the GitHub server holds. The token
/// goes to GitHub only in the Authorization header, which is its job. (There is no GitHub Actions output yet.)
/// </summary>
[Category("Reliability")]
[NonParallelizable]
public sealed class SecretLeakTests
{
    private const string Scenario = "R5 secrets";
    private static readonly string Token = "ghp_R5" + Guid.NewGuid().ToString("N") + "Zz";
    private static readonly string[] Diagnostic = ["--verbosity=diagnostic"];

    [Test]
    public async Task PipelinesSucceedingAndFailing_PrintAndStoreNoByteOfTheToken()
    {
        var scanner = new TokenScanner(Token);
        Assert.That(scanner.Find($"Authorization: token {Token}\n"), Is.Not.Null, "the scanner finds the token where it is");
        Assert.That(scanner.Find("token " + Token[3..15] + "…"), Is.Not.Null, "the scanner finds a piece of the token");
        var tally = new ScenarioTally(Scenario);
        await using var server = await LocalGitHubServer.StartAsync();
        using var release = ReleaseWorld.Create(server, "site-r5", Token);
        await using var deploy = await DeployWorld.CreateAsync(withNginx: false);
        deploy.Variables["GITHUB_TOKEN"] = Token;
        var gh = release.Arguments();

        // Each step: a name, the run, and whether it must succeed (false: must fail, null: either).
        var steps = new List<(string Name, Func<Task<ProcessResult>> Run, bool? Succeeds)>
        {
            ("Check-Config with the token in a LIFTOFF_GITHUB__TOKEN literal", () => LiftoffCli.RunAsync(release.Sandbox.Path,
                LiftoffCli.Environment(release.Sandbox.Environment, new Dictionary<string, string?> { ["LIFTOFF_GITHUB__TOKEN"] = Token }),
                ["--target=Check-Config", .. Diagnostic]), true),
            ("the token by mistake on the command line", () => release.RunAsync(["--target=Release", $"--github.token={Token}", .. Diagnostic]), false),
            ("Check-Review failing on a 401", async () =>
            {
                server.Faults.Add(new Fault { PathPattern = "/repos/*/*/commits/**", Status = 401, Times = Fault.Always });
                try
                {
                    return await release.RunAsync(["--target=Check-Review", .. Diagnostic]);
                }
                finally
                {
                    server.Faults.Clear();
                }
            }, false),
            ("Check-Backlog failing on 502s past the retries", async () =>
            {
                server.Faults.Add(new Fault { PathPattern = "/repos/*/*/issues", Status = 502, Times = Fault.Always });
                try
                {
                    return await release.RunAsync(["--target=Check-Backlog", "--github.maxRetries=1", .. Diagnostic]);
                }
                finally
                {
                    server.Faults.Clear();
                }
            }, false),
            ("Release failing on a 403 from GitHub after the tag push", async () =>
            {
                server.Faults.Add(new Fault { Method = "POST", PathPattern = "/repos/*/*/releases", Status = 403, Times = Fault.Always });
                try
                {
                    return await release.RunAsync(["--target=Release", .. Diagnostic]);
                }
                finally
                {
                    server.Faults.Clear();
                }
            }, false),
            ("Release resumed, with the asset", () => release.RunAsync(["--target=Release", .. Diagnostic]), true),
            ("Deploy-Production, with GITHUB_TOKEN set", async () => await deploy.RunAsync([.. await deploy.DeployArgumentsAsync("1.0.0"), .. Diagnostic]), true),
            ("Deploy-Production again", async () => await deploy.RunAsync([.. await deploy.DeployArgumentsAsync("1.0.1"), .. Diagnostic]), true),
            ("Deploy-Production of a damaged artifact", async () =>
            {
                var manifest = await deploy.Site.ManifestAsync("1.0.2");
                var archive = Path.Combine(Path.GetDirectoryName(manifest)!, "site-1.0.2.tar.gz");
                await File.AppendAllTextAsync(archive, "damage");
                return await deploy.RunAsync(["--target=Deploy-Production", $"--artifact={manifest}", "--yes", .. Diagnostic]);
            }, false),
            ("Rollback-Production", () => deploy.RunAsync(["--target=Rollback-Production", .. Diagnostic]), true),
            ("Ledger", () => deploy.RunAsync(["--target=Ledger", .. Diagnostic]), true),
            ("Release with the token inside origin's URL, origin unreachable", () => RunWithTokenInOriginAsync(), false),
        };

        foreach (var (name, run, succeeds) in steps)
        {
            await tally.RunAsync(name, async () =>
            {
                var result = await run();
                if (succeeds is { } expected)
                {
                    Expect.That(result.Succeeded == expected, $"{name}: expected it to {(expected ? "succeed" : "fail")}: {result}");
                }

                Expect.That(scanner.Find(result.StdOut) is null, $"{name}: the token is in stdout: {result.StdOut}");
                Expect.That(scanner.Find(result.StdErr) is null, $"{name}: the token is in stderr: {result.StdErr}");
                tally.Count("runs", 1);
                tally.Count("bytes of output scanned", result.StdOut.Length + result.StdErr.Length);
            });
        }

        await tally.RunAsync("stores: git objects, files, environments, GitHub", () =>
        {
            var leaks = new List<string>();
            leaks.AddRange(GitObjectsHolding(scanner, release.Sandbox, release.Sandbox.Path).Select(l => "release repository: " + l));
            leaks.AddRange(GitObjectsHolding(scanner, release.Sandbox, release.Sandbox.OriginPath).Select(l => "release origin: " + l));
            leaks.AddRange(GitObjectsHolding(scanner, deploy.Sandbox, deploy.Sandbox.Path).Select(l => "deploy repository: " + l));
            leaks.AddRange(GitObjectsHolding(scanner, deploy.Sandbox, deploy.Sandbox.OriginPath).Select(l => "deploy origin (ledger, locks): " + l));
            leaks.AddRange(scanner.FilesHolding(release.Sandbox.Path).Where(f => !f.Contains("/.git/", StringComparison.Ordinal)));
            leaks.AddRange(scanner.FilesHolding(deploy.Sandbox.Path).Where(f => !f.Contains("/.git/", StringComparison.Ordinal)));
            leaks.AddRange(scanner.FilesHolding(deploy.Folder.Path));
            foreach (var stored in server.State.Repo(ReleaseWorld.Owner, release.Name).Releases.All())
            {
                if (scanner.Find($"{stored.Name} {stored.Body} {stored.TargetCommitish}") is { } form)
                {
                    leaks.Add($"GitHub release {stored.TagName} (as '{form}')");
                }

                leaks.AddRange(stored.Assets.Where(a => scanner.Find(a.Content.Span) is not null).Select(a => $"GitHub asset {a.Name}"));
            }

            Expect.That(leaks.Count == 0, "the token is stored in: " + string.Join("; ", leaks));
            return Task.CompletedTask;
        });

        tally.Complete($"{tally.Counter("runs")} runs ({tally.Counter("bytes of output scanned")} bytes of output at diagnostic verbosity) and every git object, file and GitHub record: 0 bytes of the token");
    }

    /// <summary>A clone whose origin URL carries the token, as some CI setups write it, with nothing listening there.</summary>
    private static async Task<ProcessResult> RunWithTokenInOriginAsync()
    {
        using var sandbox = GitSandbox.Create();
        sandbox.History().Commit("feat: first").Tag("v1.0.0").Commit("feat: more").Push();
        sandbox.Git("remote", "set-url", "origin", $"http://x-access-token:{Token}@127.0.0.1:9/acme/site.git");
        return await LiftoffCli.RunAsync(sandbox.Path, LiftoffCli.Environment(sandbox.Environment), ["--target=Release", .. Diagnostic]);
    }

    private static IEnumerable<string> GitObjectsHolding(TokenScanner scanner, GitSandbox sandbox, string repository)
    {
        var dump = ProcessRunner.Run(new ProcessSpec("git", "-C", repository, "cat-file", "--batch-all-objects", "--batch")
        {
            Environment = sandbox.Environment,
        }).EnsureSuccess().StdOut;
        if (scanner.Find(dump) is { } form)
        {
            yield return $"{repository} (as '{form}')";
        }
    }
}

using Liftoff.TestSupport.Processes;

namespace Liftoff.Cake.Tests.Environments;

[Category("Slow")]
public sealed class GitHubPagesDeployTests : EnvironmentFixture
{
    [Test]
    public async Task DeployDeployRollback_GitHubPagesTarget_ThreeCommitsInALineAndTheFirstTreeServedAgain()
    {
        var pages = Folder.Combine("pages.git");
        ProcessRunner.Run(new ProcessSpec("git", "init", "--quiet", "--bare", pages)).EnsureSuccess();
        WriteConfig(null, $$"""{ "type": "gitHubPages", "settings": { "remote": "{{pages}}", "cname": "docs.example.com" } }""");
        string[] waive = ["--yes", "--skip-promotion-check", "--reason=pages target"];

        var first = await DeployAsync("production", "1.0.0", waive);
        var second = await DeployAsync("production", "2.0.0", waive);
        var rollback = await RunAsync("--target=Rollback-Production");

        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        Assert.That(second.ExitCode, Is.Zero, second.ToString());
        Assert.That(rollback.ExitCode, Is.Zero, rollback.ToString());
        var history = Git(pages, "log", "--format=%H %P", "gh-pages").Split('\n');
        Assert.That(history, Has.Length.EqualTo(3), "deploy, deploy, rollback: three commits");
        Assert.That(history[0].Split(' ')[1], Is.EqualTo(history[1].Split(' ')[0]), "each tip's parent is the previous tip: no force push");
        Assert.That(Git(pages, "show", "gh-pages:index.html"), Is.EqualTo("<p>site 1.0.0</p>"));
        Assert.That(Git(pages, "show", "gh-pages:CNAME"), Is.EqualTo("docs.example.com"));
        Assert.That(Git(pages, "cat-file", "-e", "gh-pages:.nojekyll"), Is.Empty);
    }

    [Test]
    public async Task Deploy_GitHubPagesTargetWithBadSetting_NamesTheKey()
    {
        WriteConfig(null, """{ "type": "gitHubPages", "settings": { "noJekyll": "maybe", "brnch": "x" } }""");

        var result = await DeployAsync("production", "1.0.0", "--yes", "--skip-promotion-check", "--reason=bad settings");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Output, Does.Contain("environments.production.target.settings.brnch is not a setting of a GitHubPages target"));
    }

    private static string Git(string gitDirectory, params string[] arguments) =>
        ProcessRunner.Run(new ProcessSpec("git", ["--git-dir", gitDirectory, .. arguments])).EnsureSuccess().StdOut.Trim();
}

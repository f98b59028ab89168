using Liftoff.TestSupport;
using Liftoff.TestSupport.Processes;

namespace Liftoff.Cake.Tests.Release;

/// <summary>The release driven the way a user drives it: ./build.sh as a child process against another repository.</summary>
[Category("Slow")]
public sealed class BuildScriptReleaseTests : ReleaseFixture
{
    [Test]
    public async Task BuildSh_Release_TagsOriginWritesChangelogThenSecondRunSaysNone()
    {
        var first = await BuildShAsync("--target=Release");
        var second = await BuildShAsync("--target=Release");

        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        Assert.That(Sandbox.OriginGit("tag", "--list", "v1.1.0"), Is.EqualTo("v1.1.0"));
        Assert.That(Sandbox.OriginGit("show", "main:CHANGELOG.md"), Does.Contain("## [1.1.0]"));
        Assert.That(Releases.Select(r => r.Tag), Is.EqualTo(new[] { "v1.1.0" }));
        Assert.That(second.ExitCode, Is.Zero, second.ToString());
        Assert.That(second.StdOut.TrimEnd().Split('\n')[^1], Is.EqualTo("next-version: none"));
        Assert.That(Releases, Has.Count.EqualTo(1));
    }

    private Task<ProcessResult> BuildShAsync(params string[] args)
    {
        var environment = new Dictionary<string, string?>(Sandbox.Environment) { [TokenVariable] = "test-token" };
        return ProcessRunner.RunAsync(
            Path.Combine(RepositoryRoot.Path, "build.sh"),
            ReleaseArguments(args),
            environment: environment,
            timeout: TimeSpan.FromMinutes(5));
    }
}

using Liftoff.Git;
using Liftoff.Incidents;
using Liftoff.TestSupport;
using Liftoff.TestSupport.Git;

namespace Liftoff.Core.Tests.Incidents;

public sealed class IncidentWriterTests
{
    [Test]
    public async Task WriteAsync_TwoRollbacksInTheSameSecond_KeepTwoReportsNamedByTimeAndEnvironment()
    {
        using var folder = TempDirectory.Create("incidents");
        var directory = Path.Combine(folder.Path, "artifacts", "incidents");

        var first = await IncidentWriter.WriteAsync(IncidentSamples.Report(), directory);
        var second = await IncidentWriter.WriteAsync(IncidentSamples.Report(), directory);

        Assert.Multiple(() =>
        {
            Assert.That(Path.GetFileName(first), Is.EqualTo("20250124T193005Z-production.md"));
            Assert.That(Path.GetFileName(second), Is.EqualTo("20250124T193005Z-production-2.md"));
            Assert.That(File.ReadAllText(first), Does.Contain("GET /health").And.Contain("503"));
        });
    }

    [Test]
    public async Task BadCommitsAsync_BetweenTheRestoredAndTheBadCommit_AreTheCommitsOfTheBadRelease()
    {
        using var sandbox = GitSandbox.Create();
        var history = sandbox.History().Commit("feat: first");
        var good = history.Head;
        history.Commit("feat: cache (#80)").Commit("fix: health probe (#81)");
        var git = new GitCli(sandbox.Path, sandbox.Environment);

        var commits = await IncidentWriter.BadCommitsAsync(git, good, history.Head);
        var same = await IncidentWriter.BadCommitsAsync(git, good, good);
        var unknown = await IncidentWriter.BadCommitsAsync(git, null, good);

        Assert.Multiple(() =>
        {
            Assert.That(commits!.Select(c => c.Message.Split('\n')[0]), Is.EqualTo(new[] { "fix: health probe (#81)", "feat: cache (#80)" }));
            Assert.That(same, Is.Empty);
            Assert.That(unknown, Is.Null);
        });
    }
}

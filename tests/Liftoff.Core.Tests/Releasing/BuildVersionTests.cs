using Liftoff.Changelog;
using Liftoff.Releasing;
using Liftoff.Versioning;
using Semver;

namespace Liftoff.Core.Tests.Releasing;

public sealed class BuildVersionTests
{
    [Test]
    public void For_ReleaseInThisRun_IsThatReleaseWithoutMetadata()
    {
        var target = new ReleaseTarget(SemVersion.Parse("1.5.0+build.7"), "v1.5.0", Notes(), Resumed: false);

        var version = BuildVersion.For(target, Next(last: "1.4.0", commits: 3));

        Assert.That(version.ToString(), Is.EqualTo("1.5.0"));
        Assert.That(BuildVersion.IsDevelopment(version), Is.False);
    }

    [TestCase(null, 0, "0.0.0-dev.0")]
    [TestCase(null, 35, "0.0.0-dev.35")]
    [TestCase("1.4.0", 3, "1.4.1-dev.3")]
    [TestCase("2.0.9", 12, "2.0.10-dev.12")]
    [TestCase("1.5.0-beta.2", 3, "1.5.0-beta.2.dev.3")]
    public void For_NothingToRelease_IsADevelopmentVersionAfterTheLastRelease(string? last, int commits, string expected)
    {
        var version = BuildVersion.For(null, Next(last, commits));

        Assert.That(version.ToString(), Is.EqualTo(expected));
        Assert.That(BuildVersion.IsDevelopment(version), Is.True);
        if (last is not null)
        {
            Assert.That(version.ComparePrecedenceTo(SemVersion.Parse(last)), Is.GreaterThan(0), "sorts after the release it follows");
        }
    }

    private static NextVersionResult Next(string? last, int commits) => new()
    {
        Branch = "main",
        Reason = "no release",
        LastRelease = last is null ? null : new ReleaseTag("v" + last, SemVersion.Parse(last), new string('a', 40)),
        Commits = Enumerable.Range(0, commits).Select(i => ConventionalCommitParser.Parse($"docs: note {i}")).ToList(),
    };

    private static ReleaseNotes Notes() => ReleaseNotesBuilder.Build("1.5.0", "v1.5.0", "v1.4.0", new DateOnly(2026, 1, 2), []);
}

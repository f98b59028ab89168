using Liftoff.Configuration;
using Liftoff.Versioning;

namespace Liftoff.Core.Tests.Versioning;

public sealed class ReleaseChannelTests
{
    private static readonly ReleaseOptions Options = new() { PrereleaseBranches = ["beta", "release/next"] };

    [TestCase("main", true, null, null)]
    [TestCase("master", true, null, null)]
    [TestCase("beta", true, "beta", null)]
    [TestCase("release/next", true, "release-next", null)]
    [TestCase("1.x", true, null, "1.x")]
    [TestCase("1.4.x", true, null, "1.4.x")]
    [TestCase("feature/login", false, null, null)]
    [TestCase("1.x.x", false, null, null)]
    public void For_Branch_FindsItsChannel(string branch, bool releases, string? prereleaseId, string? range)
    {
        var channel = ReleaseChannel.For(branch, Options);

        Assert.That(channel.IsReleaseBranch, Is.EqualTo(releases));
        Assert.That(channel.PrereleaseId, Is.EqualTo(prereleaseId));
        Assert.That(channel.MaintenanceRange, Is.EqualTo(range));
    }

    [Test]
    public void For_DetachedHead_IsNotAReleaseBranch()
    {
        var channel = ReleaseChannel.For(null, Options);

        Assert.That(channel.IsReleaseBranch, Is.False);
        Assert.That(channel.Description, Is.EqualTo("(detached HEAD) (not a release branch)"));
    }

    [Test]
    public void ToVersioningOptions_CopiesReleaseSettingsAndChannel()
    {
        var options = new ReleaseOptions { TagPrefix = "rel-", FirstVersion = "0.1.0", BreakingBumpsMinorBeforeOne = true, PrereleaseBranches = ["beta"] };

        var versioning = ReleaseChannel.For("beta", options).ToVersioningOptions(options, "2.0.0-beta.9");

        Assert.That(versioning, Is.EqualTo(new VersioningOptions
        {
            TagPrefix = "rel-",
            FirstVersion = "0.1.0",
            BumpMinorPreMajor = true,
            PrereleaseId = "beta",
            VersionOverride = "2.0.0-beta.9",
            Branch = "beta",
        }));
    }
}

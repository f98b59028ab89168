using Liftoff.Validation;

namespace Liftoff.Core.Tests.Validation;

public sealed class PercentilesTests
{
    private static readonly double[] Five = [35, 20, 15, 50, 40];

    // The nearest-rank worked example: 15, 20, 35, 40, 50.
    [TestCase(5, 15)]
    [TestCase(30, 20)]
    [TestCase(40, 20)]
    [TestCase(50, 35)]
    [TestCase(100, 50)]
    public void NearestRank_WorkedExample_MatchesTheDefinition(double percent, double expected) =>
        Assert.That(Percentiles.NearestRank(Five, percent), Is.EqualTo(expected));

    [TestCase(50, 50)]
    [TestCase(95, 95)]
    [TestCase(99, 99)]
    [TestCase(99.5, 100)]
    public void NearestRank_OneToHundred_IsTheRank(double percent, double expected) =>
        Assert.That(Percentiles.NearestRank(Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToList(), percent), Is.EqualTo(expected));

    [Test]
    public void NearestRank_OneSample_IsThatSample() =>
        Assert.That(Percentiles.NearestRank([180.0], 99), Is.EqualTo(180));

    [Test]
    public void NearestRank_TwentySamples_P95IsTheNineteenth()
    {
        var samples = Enumerable.Range(1, 20).Select(i => i * 10.0).ToList();

        Assert.That(Percentiles.NearestRank(samples, 95), Is.EqualTo(190));
    }

    [Test]
    public void NearestRank_NoSamples_Throws() =>
        Assert.That(() => Percentiles.NearestRank([], 95), Throws.ArgumentException);

    [TestCase(0)]
    [TestCase(101)]
    public void NearestRank_PercentOutOfRange_Throws(double percent) =>
        Assert.That(() => Percentiles.NearestRank(Five, percent), Throws.InstanceOf<ArgumentOutOfRangeException>());
}

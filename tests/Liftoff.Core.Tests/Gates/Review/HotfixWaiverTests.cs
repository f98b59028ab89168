using Liftoff.Diagnostics;
using Liftoff.Gates;
using Liftoff.Gates.Review;

namespace Liftoff.Core.Tests.Gates.Review;

public sealed class HotfixWaiverTests
{
    [Test]
    public void Waive_HotfixWithReason_IsWaivedWithTheReasonRecorded()
    {
        var result = HotfixWaiver.Waive("Check-Review", hotfix: true, reason: "  login outage  ");

        Assert.Multiple(() =>
        {
            Assert.That(result!.Verdict, Is.EqualTo(Verdict.Waived));
            Assert.That(result.Reason, Is.EqualTo("hotfix: login outage"));
            Assert.That(result.Values["reason"], Is.EqualTo("login outage"));
        });
    }

    [Test]
    public void Waive_NotAHotfix_IsNull()
    {
        Assert.That(HotfixWaiver.Waive("Check-Review", hotfix: false, reason: null), Is.Null);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Waive_HotfixWithoutReason_IsBadInputNamingTheArgument(string? reason)
    {
        var error = Assert.Throws<LiftoffException>(() => HotfixWaiver.Waive("Check-Review", hotfix: true, reason));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.HotfixReasonMissing));
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(error.Message, Does.Contain("--reason"));
        });
    }
}

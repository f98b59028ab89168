using Liftoff.Configuration;
using Liftoff.Validation;

namespace Liftoff.Core.Tests.Validation;

/// <summary>The window's verdict from rounds already measured: limits, tolerated failures, no data.</summary>
public sealed class WindowJudgeTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void Judge_EveryCheckPassedInEveryRound_Passes()
    {
        var judgement = WindowJudge.Judge([Round(1, Pass()), Round(2, Pass())], Options(), windowComplete: true);

        Assert.That(judgement, Is.EqualTo(new WindowJudge.Judgement(ValidationVerdict.Pass, null, true)));
    }

    [Test]
    public void Judge_FailureOnlyInTheLastRound_Fails()
    {
        var judgement = WindowJudge.Judge([Round(1, Pass()), Round(2, Pass()), Round(3, Fail("error rate over 1%"))], Options(), windowComplete: true);

        Assert.That(judgement.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(judgement.Reason, Is.EqualTo("1 failing round(s), over the failure limit of 0; first in round 3: check: error rate over 1% (measured)"));
    }

    [Test]
    public void Judge_FailureWithinTheLimit_IsDegradedNotPass()
    {
        var judgement = WindowJudge.Judge([Round(1, Fail("x")), Round(2, Pass())], Options(failureLimit: 1), windowComplete: true);

        Assert.That(judgement.Verdict, Is.EqualTo(ValidationVerdict.Degraded));
        Assert.That(judgement.Reason, Is.EqualTo("1 failing round(s) within the failure limit of 1"));
    }

    [Test]
    public void Judge_ErrorsApartWithinTheLimit_AreNotConsecutive()
    {
        var rounds = new[] { Round(1, Error()), Round(2, Pass()), Round(3, Error()) };

        var judgement = WindowJudge.Judge(rounds, Options(consecutiveErrorLimit: 1), windowComplete: true);

        Assert.That(judgement.Verdict, Is.EqualTo(ValidationVerdict.Degraded));
    }

    [Test]
    public void Judge_ConsecutiveErrorsOverTheLimit_IsInconclusiveAndDecidedEarly()
    {
        var judgement = WindowJudge.Judge([Round(1, Error()), Round(2, Error())], Options(consecutiveErrorLimit: 1), windowComplete: false);

        Assert.That(judgement.Verdict, Is.EqualTo(ValidationVerdict.Inconclusive));
        Assert.That(judgement.Decided, Is.True);
    }

    [Test]
    public void Judge_NoVerdictYetMidWindow_IsUndecided()
    {
        var judgement = WindowJudge.Judge([Round(1, Error())], Options(consecutiveErrorLimit: 3), windowComplete: false);

        Assert.That(judgement.Decided, Is.False);
    }

    [Test]
    public void Judge_RoundWithoutChecks_FailsAsNothingWasVerified()
    {
        Assert.That(WindowJudge.Judge([Round(1)], Options(), windowComplete: true).Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(ValidationVerdicts.Worst([]), Is.EqualTo(ValidationVerdict.Fail));
    }

    private static ValidationOptions Options(int failureLimit = 0, int consecutiveErrorLimit = 0) =>
        new() { FailureLimit = failureLimit, ConsecutiveErrorLimit = consecutiveErrorLimit };

    private static RoundResult Round(int number, params CheckResult[] checks) => new(number, At, checks);

    private static CheckResult Pass() => new(CheckKind.Http, "check", ValidationVerdict.Pass, "measured", null, TimeSpan.Zero);

    private static CheckResult Fail(string reason) => new(CheckKind.Http, "check", ValidationVerdict.Fail, "measured", reason, TimeSpan.Zero);

    private static CheckResult Error() => new(CheckKind.Http, "check", ValidationVerdict.Inconclusive, "no answer", "timed out", TimeSpan.Zero);
}

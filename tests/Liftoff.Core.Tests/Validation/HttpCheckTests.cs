using Liftoff.Configuration;
using Liftoff.Validation;

namespace Liftoff.Core.Tests.Validation;

public sealed class HttpCheckTests
{
    private ValidationFixture _fixture = null!;

    [SetUp]
    public async Task StartAsync() => _fixture = await ValidationFixture.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _fixture.DisposeAsync();

    [Test]
    public async Task Http_EveryExpectationMet_Passes()
    {
        var check = await _fixture.RunOneAsync(ValidationFixture.Options(o => o.Http.Add(new HttpCheckOptions
        {
            Path = "/health",
            BodyContains = "ok",
            BodyRegex = "\"version\":\"1\\.5\\.\\d+\"",
            JsonPath = "$.version",
            JsonValue = "1.5.0",
            Header = "X-App-Version",
            HeaderContains = "1.5",
            LatencyBudgetMilliseconds = 2000,
        })));

        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Pass), check.ToString());
        Assert.That(check.Measured, Does.StartWith("200 in ").And.Contain("$.version = 1.5.0").And.Contain("X-App-Version: 1.5.0"));
    }

    [Test]
    public async Task Http_WrongStatus_FailsWithMeasuredStatus()
    {
        _fixture.App.Behavior.FailRoute("/health", 503);

        var check = await _fixture.RunOneAsync(ValidationFixture.Options(o => o.Http.Add(new HttpCheckOptions { Path = "/health" })));

        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(check.Reason, Does.Contain("status 503, expected 200"));
    }

    [Test]
    public async Task Http_JsonValueDiffers_Fails()
    {
        var check = await _fixture.RunOneAsync(ValidationFixture.Options(o => o.Http.Add(
            new HttpCheckOptions { Path = "/health", JsonPath = "$.version", JsonValue = "2.0.0" })));

        Assert.That(check.Reason, Is.EqualTo("$.version is \"1.5.0\", expected \"2.0.0\""));
    }

    [Test]
    public async Task Http_BodyAndHeaderMissing_ListsEveryProblem()
    {
        var check = await _fixture.RunOneAsync(ValidationFixture.Options(o => o.Http.Add(
            new HttpCheckOptions { Path = "/", BodyContains = "Welcome", BodyRegex = "^nope$", Header = "X-Nope" })));

        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(check.Reason, Does.Contain("does not contain \"Welcome\"").And.Contain("does not match /^nope$/").And.Contain("no X-Nope header"));
    }

    [Test]
    public async Task Http_EmptyBodyWhereContentExpected_FailsNeverPasses()
    {
        _fixture.App.Behavior.EmptyBody("/health");

        var check = await _fixture.RunOneAsync(ValidationFixture.Options(o => o.Http.Add(
            new HttpCheckOptions { Path = "/health", BodyRegex = ".*" })));

        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(check.Reason, Is.EqualTo("empty body where content was expected"));
        Assert.That(check.Measured, Does.StartWith("200 in "));
    }

    [Test]
    public async Task Http_OverLatencyBudget_Fails()
    {
        _fixture.App.Behavior.SlowRoute("/", TimeSpan.FromMilliseconds(120));

        var check = await _fixture.RunOneAsync(ValidationFixture.Options(o => o.Http.Add(
            new HttpCheckOptions { Path = "/", LatencyBudgetMilliseconds = 50 })));

        Assert.That(check.Reason, Does.Match(@"^took \d+ ms, budget 50 ms$"));
    }

    [Test]
    public async Task Http_SlowerThanCheckTimeout_IsInconclusiveAsTimeout()
    {
        _fixture.App.Behavior.SlowRoute("/", TimeSpan.FromSeconds(5));

        var check = await _fixture.RunOneAsync(ValidationFixture.Options(o =>
        {
            o.CheckTimeoutSeconds = 0.2;
            o.Http.Add(new HttpCheckOptions { Path = "/" });
        }));

        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Inconclusive));
        Assert.That(check.Reason, Is.EqualTo("timed out after 200 ms"));
    }

    [Test]
    public async Task Http_ConnectionRefused_IsInconclusiveWithTheErrorAndFailsTheWindow()
    {
        var report = await _fixture.RunAsync(ValidationFixture.Options(o => o.Http.Add(
            new HttpCheckOptions { Path = "http://127.0.0.1:1/health" })));

        var check = report.Rounds.Single().Checks.Single();
        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Inconclusive));
        Assert.That(report.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(check.Reason, Does.StartWith("request failed: "));
    }
}

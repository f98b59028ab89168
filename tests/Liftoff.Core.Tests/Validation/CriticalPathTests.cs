using Liftoff.Configuration;
using Liftoff.Validation;

namespace Liftoff.Core.Tests.Validation;

public sealed class CriticalPathTests
{
    private ValidationFixture _fixture = null!;

    [SetUp]
    public async Task StartAsync() => _fixture = await ValidationFixture.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _fixture.DisposeAsync();

    private static ValidationOptions LoginThenMe() => ValidationFixture.Options(o => o.CriticalPaths.Add(new CriticalPathOptions
    {
        Name = "sign in",
        Steps =
        [
            new HttpCheckOptions
            {
                Method = "POST",
                Path = "/api/login",
                Body = "{\"user\":\"alice\",\"password\":\"secret\"}",
                Capture = [new CaptureOptions { Name = "token", JsonPath = "$.token" }, new CaptureOptions { Name = "who", Regex = "\"user\":\"(?<value>[a-z]+)\"" }],
            },
            new HttpCheckOptions
            {
                Path = "/api/me?as={who}",
                Headers = new() { ["Authorization"] = "Bearer {token}" },
                JsonPath = "$.user",
                JsonValue = "alice",
            },
        ],
    }));

    [Test]
    public async Task CriticalPath_TokenCarriedToNextStep_Passes()
    {
        var check = await _fixture.RunOneAsync(LoginThenMe());

        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Pass), check.ToString());
        Assert.That(check.Measured, Does.StartWith("2/2 steps in "));
    }

    [Test]
    public async Task CriticalPath_BrokenAuth_FailsAtTheStepWithItsStatus()
    {
        _fixture.App.Behavior.BreakAuth = true;

        var check = await _fixture.RunOneAsync(LoginThenMe());

        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(check.Measured, Does.StartWith("step 2/2 GET /api/me?as={who}: 401 in "));
        Assert.That(check.Reason, Does.Contain("status 401, expected 200"));
    }

    [Test]
    public async Task CriticalPath_NothingToCapture_FailsAtTheFirstStep()
    {
        _fixture.App.Behavior.EmptyBody("/api/login");

        var check = await _fixture.RunOneAsync(LoginThenMe());

        Assert.That(check.Measured, Does.StartWith("step 1/2"));
        Assert.That(check.Reason, Is.EqualTo("empty body where content was expected"));
    }
}

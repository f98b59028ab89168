using Liftoff.Configuration;
using Liftoff.Core.Tests.Configuration;

namespace Liftoff.Core.Tests.Validation;

public sealed class ValidationConfigurationTests
{
    private const string Json = """
        {
          "environments": {
            "production": {
              "url": "https://example.test/",
              "validation": {
                "rounds": 5,
                "intervalSeconds": 2.5,
                "failureLimit": 1,
                "http": [ { "path": "/health", "jsonPath": "$.status", "jsonValue": "ok", "headers": { "Accept": "application/json" } } ],
                "criticalPaths": [ {
                  "name": "sign in",
                  "steps": [
                    { "method": "POST", "path": "/api/login", "body": "{}", "capture": [ { "name": "token", "jsonPath": "$.token" } ] },
                    { "path": "/api/me", "headers": { "Authorization": "Bearer {token}" } }
                  ]
                } ],
                "errorRates": [ { "errors": "http_requests_total{code=~\"5..\"}", "thresholdPercent": 0.5 } ],
                "latency": [ { "path": "/", "requests": 50, "p95Milliseconds": 300 } ],
                "commands": [ { "command": "npx playwright test --base-url {url}", "timeoutSeconds": 600 } ]
              }
            }
          }
        }
        """;

    [Test]
    public void Load_DeclaredChecks_BindEveryKind()
    {
        using var fixture = new ConfigurationFixture().WithFile(Json);

        var validation = fixture.Load().Options.Environments["production"].Validation;

        Assert.That(validation.Rounds, Is.EqualTo(5));
        Assert.That(validation.IntervalSeconds, Is.EqualTo(2.5));
        Assert.That(validation.FailureLimit, Is.EqualTo(1));
        Assert.That(validation.Http.Single().Headers["Accept"], Is.EqualTo("application/json"));
        Assert.That(validation.CriticalPaths.Single().Steps, Has.Count.EqualTo(2));
        Assert.That(validation.CriticalPaths.Single().Steps[0].Capture.Single().Name, Is.EqualTo("token"));
        Assert.That(validation.CriticalPaths.Single().Steps[1].Headers["Authorization"], Is.EqualTo("Bearer {token}"));
        Assert.That(validation.ErrorRates.Single().ThresholdPercent, Is.EqualTo(0.5));
        Assert.That(validation.ErrorRates.Single().Total, Is.EqualTo("http_requests_total"));
        Assert.That(validation.Latency.Single().P95Milliseconds, Is.EqualTo(300));
        Assert.That(validation.Commands.Single().TimeoutSeconds, Is.EqualTo(600));
    }

    [Test]
    public void Load_LatencyRequestsOutOfRange_IsAConfigurationProblem()
    {
        using var fixture = new ConfigurationFixture().WithFile("""
            { "environments": { "test": { "validation": { "latency": [ { "requests": 0 } ] } } } }
            """);

        Assert.That(fixture.Problems(), Has.Some.Contains("environments.test.validation.latency.0.requests").Or.Some.Contains("latency[0].requests"));
    }
}

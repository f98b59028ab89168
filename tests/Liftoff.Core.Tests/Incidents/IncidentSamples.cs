using Liftoff.Git;
using Liftoff.Incidents;
using Liftoff.Validation;

namespace Liftoff.Core.Tests.Incidents;

/// <summary>An incident as an automatic rollback after a failed health check would report it.</summary>
internal static class IncidentSamples
{
    public static readonly DateTimeOffset Deployed = new(2025, 1, 24, 19, 28, 0, TimeSpan.Zero);

    public static CheckResult FailedHealth { get; } = new(
        CheckKind.Http, "GET /health", ValidationVerdict.Fail, "status 503 in 12 ms", "expected status 200", TimeSpan.FromMilliseconds(12))
    {
        Values = new Dictionary<string, double> { ["status"] = 503, ["latencyMs"] = 12 },
    };

    public static ValidationReport FailedValidation()
    {
        var passed = new CheckResult(CheckKind.Http, "GET /", ValidationVerdict.Pass, "status 200", null, TimeSpan.FromMilliseconds(4));
        var readiness = new ReadinessResult(ValidationVerdict.Pass, null, 1, TimeSpan.FromSeconds(1), "served 2.0.0", null);
        return new ValidationReport(
            new Uri("https://site.example/"), readiness, [new RoundResult(1, Deployed.AddSeconds(5), [passed, FailedHealth])],
            ValidationVerdict.Fail, "failed in round 1/3: GET /health: expected status 200 (status 503 in 12 ms)", TimeSpan.FromSeconds(6));
    }

    public static IncidentReport Report(IReadOnlyList<GitCommit>? commits = null) => new()
    {
        Environment = "production",
        BadVersion = "2.0.0",
        BadCommit = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
        BadArtifactSha256 = new string('f', 64),
        RestoredVersion = "1.0.0",
        RestoredCommit = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        FailedValidation = FailedValidation(),
        BadCommits = commits,
        WentLiveAt = Deployed,
        RestoredAt = Deployed.AddMinutes(2).AddSeconds(5),
        RunId = "42",
        Actor = "octocat",
        Timeline =
        [
            new(Deployed.AddSeconds(-3), "Deploy of 2.0.0 to production started"),
            new(Deployed, "Switched production from 1.0.0 to 2.0.0 in 4 ms"),
            new(Deployed.AddSeconds(6), "✗ GET /health: status 503 in 12 ms — expected status 200 (status=503, latencyMs=12)"),
            new(Deployed.AddSeconds(7), "Rollback of production to 1.0.0 started"),
            new(Deployed.AddMinutes(2).AddSeconds(5), "Rollback verified: production serves 1.0.0"),
        ],
    };
}

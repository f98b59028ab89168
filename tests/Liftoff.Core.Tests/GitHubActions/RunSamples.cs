using Liftoff.Core.Tests.Incidents;
using Liftoff.Gates;
using Liftoff.Runs;

namespace Liftoff.Core.Tests.GitHubActions;

internal static class RunSamples
{
    public static readonly DateTimeOffset End = new(2025, 11, 24, 19, 30, 0, TimeSpan.Zero);

    public static RunReport Succeeded() => new()
    {
        Targets = ["Deploy-Production"],
        Result = RunResult.Succeeded,
        Duration = TimeSpan.FromSeconds(225),
        EndedAt = End,
        Gates = [GateResult.Pass("Check-Tests", "335/335 passed", "every test passed"), GateResult.Waived("Check-Review", "hotfix: auth outage")],
        Release = new RunRelease("1.5.0", "v1.5.0", "minor: 2 feat, 1 fix", ["feat: Add dark mode support (#77)"], new Uri("https://github.com/acme/site/releases/tag/v1.5.0")),
        Deploys =
        [
            new RunDeploy
            {
                Environment = "production", Version = "1.5.0", PreviousVersion = "1.4.5", Url = new Uri("https://site.example/"),
                SwitchedAt = End.AddSeconds(-30), SwitchDuration = TimeSpan.FromMilliseconds(4), Validated = true, ValidationSummary = "10/10 smoke checks · p95 180 ms",
            },
        ],
    };

    public static RunReport RolledBack() => new()
    {
        Targets = ["Deploy-Production"],
        Result = RunResult.RolledBack,
        Duration = TimeSpan.FromSeconds(95),
        EndedAt = End,
        Failure = "LIFTOFF1400: validation failed",
        Gates = [GateResult.Fail("Check-Security", "1 high", "GHSA-5crp-9r3c-p9vr in Newtonsoft.Json 12.0.1")],
        Deploys =
        [
            new RunDeploy
            {
                Environment = "production", Version = "2.0.0", PreviousVersion = "1.0.0", Url = new Uri("https://site.example/"),
                SwitchedAt = End.AddSeconds(-60), Validated = false, Validation = IncidentSamples.FailedValidation(),
                ValidationSummary = "failed in round 1/3: GET /health: expected status 200",
                RolledBackTo = "1.0.0", RollbackReason = "GET /health: expected status 200", RollbackStartedAt = End.AddSeconds(-20), RollbackVerifiedAt = End.AddSeconds(-5),
            },
        ],
        IncidentReports = ["artifacts/incidents/20251124T192955Z-production.md"],
    };
}

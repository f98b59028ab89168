using Liftoff.Configuration;
using Liftoff.Notifications;

namespace Liftoff.Core.Tests.Notifications;

internal static class Sample
{
    public static Notice Succeeded() => new()
    {
        Event = NotificationEvent.DeploySucceeded,
        Environment = "production",
        Version = "1.5.0",
        PreviousVersion = "1.4.5",
        Message = "v1.5.0 live in production",
        Details = ["10/10 smoke checks · p95 180 ms"],
        EnvironmentUrl = new Uri("https://site.example/"),
        RunUrl = new Uri("https://github.com/acme/site/actions/runs/7"),
        Repository = "acme/site",
        At = new DateTimeOffset(2025, 11, 24, 19, 30, 0, TimeSpan.Zero),
    };
}

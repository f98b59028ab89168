using System.Text.Json;
using Liftoff.Configuration;
using Liftoff.Notifications;
using Liftoff.TestSupport.Network;
using Liftoff.TestSupport.Webhooks;

namespace Liftoff.Core.Tests.Notifications;

public sealed class WebhookNotifierTests
{
    private const string Secret = "T000/B000/LIFTOFFHOOKSECRET";
    private static readonly HttpClient Http = new();

    private WebhookReceiver _receiver = null!;

    [SetUp]
    public async Task StartReceiver() => _receiver = await WebhookReceiver.StartAsync();

    [TearDown]
    public async Task StopReceiver() => await _receiver.DisposeAsync();

    [Test]
    public async Task SendAsync_ReceiverUp_PostsTheGenericJsonOnce()
    {
        var delivery = await CreateSut().SendAsync(Target(_receiver.SecretUrl(Secret)), Sample.Succeeded());

        Assert.Multiple(() =>
        {
            Assert.That(delivery, Is.EqualTo(new NoticeDelivery(true, 1, null)));
            var post = _receiver.Received.Single();
            Assert.That(post.Path, Is.EqualTo("/hooks/" + Uri.EscapeDataString(Secret)));
            Assert.That(post.ContentType, Does.StartWith("application/json"));
            using var json = JsonDocument.Parse(post.Body);
            Assert.That(json.RootElement.GetProperty("event").GetString(), Is.EqualTo("deploy.succeeded"));
            Assert.That(json.RootElement.GetProperty("version").GetString(), Is.EqualTo("1.5.0"));
        });
    }

    [Test]
    public async Task SendAsync_ReceiverAnswers503Twice_RetriesAndDelivers()
    {
        _receiver.FailNext(2);

        var delivery = await CreateSut(retries: 3).SendAsync(Target(_receiver.SecretUrl(Secret)), Sample.Succeeded());

        Assert.That(delivery, Is.EqualTo(new NoticeDelivery(true, 3, null)));
        Assert.That(_receiver.All.Select(r => r.Status), Is.EqualTo(new[] { 503, 503, 204 }));
    }

    [Test]
    public async Task SendAsync_ReceiverAnswers400_IsNotRetried()
    {
        _receiver.FailNext(1, 400);

        var delivery = await CreateSut(retries: 3).SendAsync(Target(_receiver.SecretUrl(Secret)), Sample.Succeeded());

        Assert.That(delivery.Delivered, Is.False);
        Assert.That(delivery.Attempts, Is.EqualTo(1));
        Assert.That(delivery.Failure, Does.Contain("answered 400"));
    }

    [Test]
    public async Task SendAsync_ReceiverDown_ReportsTheFailureAfterTheRetriesWithoutTheUrl()
    {
        var down = new Uri($"http://127.0.0.1:{FreePort.Next()}/hooks/{Secret}");

        var delivery = await CreateSut(retries: 2).SendAsync(Target(down), Sample.Succeeded());

        Assert.Multiple(() =>
        {
            Assert.That(delivery.Delivered, Is.False);
            Assert.That(delivery.Attempts, Is.EqualTo(3));
            Assert.That(delivery.Failure, Does.StartWith("LIFTOFF1510: the deploy.succeeded notice for production was not delivered to the webhook env:HOOK (generic): network error"));
            Assert.That(delivery.Failure, Does.Not.Contain(Secret).And.Not.Contain(down.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    private static WebhookNotifier CreateSut(int retries = 0) => new(Http, retries, TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(1));

    private static WebhookTarget Target(Uri url) =>
        WebhookTarget.Resolve(new NotificationsOptions { Webhook = "env:HOOK" }, null, name => name == "HOOK" ? url.AbsoluteUri : null)!;
}

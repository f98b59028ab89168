using System.Net;
using System.Net.Sockets;
using Liftoff.TestSupport.Network;

namespace Liftoff.TestSupport.Tests.Network;

public sealed class FreePortTests
{
    [Test]
    public void Next_ReturnsPort_ThatCanBeBoundOnLoopback()
    {
        var port = FreePort.Next();

        var listener = new TcpListener(IPAddress.Loopback, port);
        Assert.That(listener.Start, Throws.Nothing);
        listener.Stop();
    }

    [Test]
    public void Next_CalledRepeatedly_NeverRepeatsAPort()
    {
        var ports = Enumerable.Range(0, 50).Select(_ => FreePort.Next()).ToList();

        Assert.That(ports, Is.Unique);
    }

    [Test]
    public async Task WaitForPortAsync_SomethingListens_Returns()
    {
        var port = FreePort.Next();
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        try
        {
            await FreePort.WaitForPortAsync(port, TimeSpan.FromSeconds(5));

            Assert.That(await FreePort.IsListeningAsync(port), Is.True);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Test]
    public void WaitForPortAsync_NothingListens_ThrowsTimeoutNamingThePort()
    {
        var port = FreePort.Next();

        Assert.That(
            async () => await FreePort.WaitForPortAsync(port, TimeSpan.FromMilliseconds(200)),
            Throws.TypeOf<TimeoutException>().With.Message.Contains($"127.0.0.1:{port}"));
    }
}

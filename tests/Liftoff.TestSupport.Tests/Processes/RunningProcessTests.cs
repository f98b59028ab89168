using System.Globalization;
using Liftoff.TestSupport.Processes;

namespace Liftoff.TestSupport.Tests.Processes;

public sealed class RunningProcessTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Test]
    public async Task DisposeAsync_ServerWithChild_KillsWholeTree()
    {
        // Given a long-running parent with a long-running child, like nginx's master and worker
        var running = ProcessRunner.Start(new ProcessSpec("sh", "-c", "sleep 300 & echo child=$!; wait"));
        await running.WaitForOutputAsync("child=", Wait);
        var child = int.Parse(running.StdOut.Trim()["child=".Length..], CultureInfo.InvariantCulture);
        var parent = running.Id;

        // When
        await running.DisposeAsync();

        // Then
        Assert.Multiple(async () =>
        {
            Assert.That(await ProcessProbe.IsGoneWithinAsync(parent, Wait), Is.True, "parent survived");
            Assert.That(await ProcessProbe.IsGoneWithinAsync(child, Wait), Is.True, "child survived");
        });
    }

    [Test]
    public async Task WaitForExitAsync_ProgramFinishes_ReturnsExitCodeAndOutput()
    {
        await using var running = ProcessRunner.Start(new ProcessSpec("sh", "-c", "echo hello; echo oops >&2; exit 4"));

        var exitCode = await running.WaitForExitAsync(Wait);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(4));
            Assert.That(running.ExitCode, Is.EqualTo(4));
            Assert.That(running.StdOut, Is.EqualTo("hello\n"));
            Assert.That(running.StdErr, Is.EqualTo("oops\n"));
        });
    }

    [Test]
    public async Task WaitForOutputAsync_ProgramExitsFirst_ThrowsWithOutput()
    {
        await using var running = ProcessRunner.Start(new ProcessSpec("sh", "-c", "echo bye; exit 2"));

        Assert.That(
            async () => await running.WaitForOutputAsync("listening", Wait),
            Throws.InvalidOperationException.With.Message.Contains("code 2").And.Message.Contains("bye"));
    }

    [Test]
    public async Task WaitForExitAsync_StillRunning_ThrowsTimeout()
    {
        await using var running = ProcessRunner.Start(new ProcessSpec("sleep", "300"));

        Assert.That(async () => await running.WaitForExitAsync(TimeSpan.FromMilliseconds(200)), Throws.TypeOf<TimeoutException>());
        Assert.That(running.HasExited, Is.False);
    }

    [Test]
    public async Task SignalAsync_Term_ProgramStopsGracefully()
    {
        await using var running = ProcessRunner.Start(new ProcessSpec("sh", "-c", "trap 'echo stopping; exit 0' TERM; echo ready; while :; do sleep 0.05; done"));
        await running.WaitForOutputAsync("ready", Wait);

        await running.SignalAsync("TERM");

        Assert.That(await running.WaitForExitAsync(Wait), Is.EqualTo(0));
        Assert.That(running.StdOut, Is.EqualTo("ready\nstopping\n"));
    }
}

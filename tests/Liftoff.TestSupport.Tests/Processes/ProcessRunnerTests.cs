using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Liftoff.TestSupport.Processes;

namespace Liftoff.TestSupport.Tests.Processes;

public sealed class ProcessRunnerTests
{
    private static readonly TimeSpan Short = TimeSpan.FromSeconds(30);

    [Test]
    public async Task RunAsync_ProgramWritesBothStreams_CapturesOutputAndExitCode()
    {
        var result = await ProcessRunner.RunAsync("sh", ["-c", "echo out; echo err >&2; exit 3"], timeout: Short);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(3));
            Assert.That(result.StdOut, Is.EqualTo("out\n"));
            Assert.That(result.StdErr, Is.EqualTo("err\n"));
            Assert.That(result.TimedOut, Is.False);
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.Duration, Is.GreaterThan(TimeSpan.Zero));
        });
    }

    [Test]
    public async Task RunAsync_ArgumentsWithSpacesAndQuotes_ArePassedVerbatim()
    {
        var result = await ProcessRunner.RunAsync("printf", ["%s\\n", "a b", "it's", "\"q\"", ""], timeout: Short);

        Assert.That(result.EnsureSuccess().StdOut, Is.EqualTo("a b\nit's\n\"q\"\n\n"));
    }

    [Test]
    public async Task RunAsync_MegabytesOnBothStreams_DoesNotDeadlock()
    {
        const string Script = "head -c 3000000 /dev/zero | tr '\\0' a; head -c 3000000 /dev/zero | tr '\\0' b >&2; echo done";

        var result = await ProcessRunner.RunAsync("sh", ["-c", Script], timeout: Short);

        Assert.Multiple(() =>
        {
            Assert.That(result.EnsureSuccess().StdOut, Has.Length.EqualTo(3_000_000 + "done\n".Length));
            Assert.That(result.StdErr, Has.Length.EqualTo(3_000_000));
        });
    }

    [Test]
    public async Task RunAsync_EnvironmentOverrides_SetAndRemoveVariables()
    {
        var environment = new Dictionary<string, string?> { ["LIFTOFF_PROBE"] = "set", ["HOME"] = null };

        var result = await ProcessRunner.RunAsync(
            "sh", ["-c", "echo \"$LIFTOFF_PROBE|${HOME-unset}\""], environment: environment, timeout: Short);

        Assert.That(result.EnsureSuccess().StdOut, Is.EqualTo("set|unset\n"));
    }

    [Test]
    public async Task RunAsync_WorkingDirectory_RunsThere()
    {
        using var directory = TempDirectory.Create();

        var result = await ProcessRunner.RunAsync("pwd", [], workingDirectory: directory.Path, timeout: Short);

        Assert.That(result.EnsureSuccess().StdOut.Trim(), Is.EqualTo(directory.Path));
    }

    [Test]
    public async Task RunAsync_StandardInputGiven_IsWrittenAndClosed()
    {
        var spec = new ProcessSpec("cat")
        {
            Timeout = Short,
            StandardInput = async (writer, _) => await writer.WriteAsync("line 1\nlíne 2\n"),
        };

        var result = await ProcessRunner.RunAsync(spec);

        Assert.That(result.EnsureSuccess().StdOut, Is.EqualTo("line 1\nlíne 2\n"));
    }

    [Test]
    public async Task RunAsync_NoStandardInput_ProgramReadsEndOfFileInsteadOfHanging()
    {
        var result = await ProcessRunner.RunAsync("cat", [], timeout: TimeSpan.FromSeconds(10));

        Assert.That(result.TimedOut, Is.False);
        Assert.That(result.EnsureSuccess().StdOut, Is.Empty);
    }

    [Test]
    public async Task RunAsync_Timeout_KillsTreeIncludingGrandchild()
    {
        // Given a shell whose child sleeps far longer than the timeout
        // When
        var result = await ProcessRunner.RunAsync("sh", ["-c", "sleep 300 & echo $!; wait"], timeout: TimeSpan.FromSeconds(1));

        // Then the result says so, and the grandchild sleep is gone too
        var grandchild = int.Parse(result.StdOut.Trim(), CultureInfo.InvariantCulture);
        Assert.Multiple(async () =>
        {
            Assert.That(result.TimedOut, Is.True);
            Assert.That(result.Succeeded, Is.False);
            Assert.That(await ProcessProbe.IsGoneWithinAsync(grandchild, TimeSpan.FromSeconds(5)), Is.True, $"sleep {grandchild} survived");
        });
    }

    [Test]
    public async Task RunAsync_Cancelled_ThrowsAndKillsTree()
    {
        using var directory = TempDirectory.Create();
        var pidFile = directory.Combine("sleep.pid");
        using var cancellation = new CancellationTokenSource();

        var run = ProcessRunner.RunAsync("sh", ["-c", $"sleep 300 & echo $! > '{pidFile}'; wait"], timeout: TimeSpan.FromMinutes(1), cancellationToken: cancellation.Token);
        await WaitForFileAsync(pidFile);
        await cancellation.CancelAsync();

        Assert.That(async () => await run, Throws.InstanceOf<OperationCanceledException>());
        var grandchild = int.Parse((await File.ReadAllTextAsync(pidFile)).Trim(), CultureInfo.InvariantCulture);
        Assert.That(await ProcessProbe.IsGoneWithinAsync(grandchild, TimeSpan.FromSeconds(5)), Is.True, $"sleep {grandchild} survived");
    }

    [Test]
    public async Task EnsureSuccess_NonZeroExit_ThrowsWithCommandExitCodeAndOutput()
    {
        var result = await ProcessRunner.RunAsync("sh", ["-c", "echo partial; echo 'boom happened' >&2; exit 7"], timeout: Short);

        var exception = Assert.Throws<ProcessFailedException>(() => result.EnsureSuccess());

        Assert.That(exception!.Message, Does.Contain("$ sh -c").And.Contain("exit code 7").And.Contain("partial").And.Contain("boom happened"));
        Assert.That(exception.Result, Is.SameAs(result));
    }

    [Test]
    public void RunAsync_MissingProgram_ThrowsWin32Exception()
    {
        Assert.That(
            async () => await ProcessRunner.RunAsync("liftoff-no-such-program", [], timeout: Short),
            Throws.InstanceOf<Win32Exception>());
    }

    // A guard against waiting forever, not a speed check: the token ends the wait after 10 s and fails the test.
    private static async Task WaitForFileAsync(string path)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            await Task.Delay(20, guard.Token);
        }
    }
}

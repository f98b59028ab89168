using System.Diagnostics;
using Liftoff.Processes;

namespace Liftoff.Core.Tests.Processes;

[Platform(Exclude = "Win")]
public sealed class ProcessRunnerTests
{
    [Test]
    public async Task RunAsync_BothPipes_KeepsArrivalOrderAndSeparatesStreams()
    {
        var lines = new List<string>();
        var request = ProcessRequest.Shell("echo one; sleep 0.1; echo two >&2; sleep 0.1; echo three; exit 4") with
        {
            OnLine = line => { lock (lines) { lines.Add(line); } },
        };

        var outcome = await ProcessRunner.RunAsync(request, CancellationToken.None);

        Assert.That((outcome.ExitCode, outcome.TimedOut), Is.EqualTo((4, false)));
        Assert.That(outcome.Output, Is.EqualTo("one\ntwo\nthree\n"));
        Assert.That((outcome.StandardOutput, outcome.StandardError), Is.EqualTo(("one\nthree\n", "two\n")));
        Assert.That(lines, Is.EqualTo(new[] { "one", "two", "three" }));
    }

    [Test]
    public async Task RunAsync_ArgumentList_PassesEachArgumentUnsplit()
    {
        var outcome = await ProcessRunner.RunAsync(
            new ProcessRequest("/bin/sh", ["-c", "printf '%s|' \"$@\"", "sh", "a b", "'c'", ""]), CancellationToken.None);

        Assert.That(outcome.Output, Is.EqualTo("a b|'c'||\n").Or.EqualTo("a b|'c'||"));
    }

    [Test]
    public async Task RunAsync_EnvironmentOverrides_SetAndRemoveVariables()
    {
        var request = ProcessRequest.Shell("echo \"set=$LIFTOFF_SET removed=${HOME-unset}\"") with
        {
            Environment = new Dictionary<string, string?> { ["LIFTOFF_SET"] = "yes", ["HOME"] = null },
        };

        var outcome = await ProcessRunner.RunAsync(request, CancellationToken.None);

        Assert.That(outcome.Output, Is.EqualTo("set=yes removed=unset\n"));
    }

    [Test]
    public async Task RunAsync_StandardInput_IsClosed()
    {
        var outcome = await ProcessRunner.RunAsync(ProcessRequest.Shell("cat; echo eof"), CancellationToken.None);

        Assert.That((outcome.ExitCode, outcome.Output), Is.EqualTo((0, "eof\n")));
    }

    [Test]
    public async Task RunAsync_PastItsTimeout_KillsTheGrandchildAndReportsTimedOut()
    {
        using var marker = new TempMarker();
        var request = ProcessRequest.Shell($"echo started; sh -c 'echo $$ > {marker.Path}; exec sleep 30'; echo never") with
        {
            Timeout = TimeSpan.FromMilliseconds(500),
        };

        var outcome = await ProcessRunner.RunAsync(request, CancellationToken.None);

        Assert.That((outcome.TimedOut, outcome.Output), Is.EqualTo((true, "started\n")));
        Assert.That(IsRunning(int.Parse(await File.ReadAllTextAsync(marker.Path), System.Globalization.CultureInfo.InvariantCulture)), Is.False);
    }

    [Test]
    public void RunAsync_Cancelled_KillsTheTreeAndThrows()
    {
        using var marker = new TempMarker();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        Assert.CatchAsync<OperationCanceledException>(() => ProcessRunner.RunAsync(
            ProcessRequest.Shell($"sh -c 'echo $$ > {marker.Path}; exec sleep 30'; true"), cancel.Token));

        Assert.That(IsRunning(int.Parse(File.ReadAllText(marker.Path), System.Globalization.CultureInfo.InvariantCulture)), Is.False);
    }

    [Test]
    public void RunAsync_MissingProgram_ThrowsWin32Exception() =>
        Assert.Throws<System.ComponentModel.Win32Exception>(() =>
            ProcessRunner.RunAsync(new ProcessRequest("/nonexistent/liftoff-tool", []), CancellationToken.None).GetAwaiter().GetResult());

    // SIGKILL lands asynchronously and an orphan lingers as a zombie until reaped, so poll for "gone or zombie".
    private static bool IsRunning(int id)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var stat = $"/proc/{id}/stat";
            if (!File.Exists(stat) || File.ReadAllText(stat).Split(')')[^1].TrimStart().StartsWith('Z'))
            {
                return false;
            }

            Thread.Sleep(100);
        }

        return true;
    }

    private sealed class TempMarker : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"liftoff-pid-{Guid.NewGuid():N}");

        public void Dispose() => File.Delete(Path);
    }
}

using System.Globalization;
using Liftoff.Deploy.Targets.NginxSlots;
using Liftoff.Diagnostics;
using Liftoff.TestSupport;
using Liftoff.TestSupport.Nginx;

namespace Liftoff.Core.Tests.Deploy.NginxSlots;

/// <summary>The parts of the nginx-slots target that need no nginx: the upstream text, the options, the state file and its lock, slot processes.</summary>
public sealed class SlotsUnitTests
{
    private static NginxSlotsOptions Options(string upstream = "/srv/nginx/service.conf", string start = "run {port}") => new()
    {
        Environment = "production",
        UpstreamFile = upstream,
        BluePort = 5001,
        GreenPort = 5002,
        Start = start,
        StopTimeout = TimeSpan.FromSeconds(5),
    };

    [Test]
    public void Render_CanaryAtFivePercent_WritesWeightsAndNeverAWeightOfZero()
    {
        var state = new SlotsState
        {
            Blue = new SlotState { Version = "1.0.0", Running = true },
            Green = new SlotState { Version = "1.1.0", Running = true },
        }.WithWeights(SlotName.Green, 5);
        var stopped = state.With(SlotName.Green, state.Green with { Running = false });

        Assert.That(UpstreamText.Render(state, Options()), Does.Contain("server 127.0.0.1:5001 weight=95; # blue: 1.0.0, 95%\n")
            .And.Contain("server 127.0.0.1:5002 weight=5; # green: 1.1.0, 5%\n"));
        Assert.That(UpstreamText.Render(state.WithWeights(SlotName.Blue, 100), Options()), Does.Contain("server 127.0.0.1:5002 down;").And.Not.Contain("weight=0"));
        Assert.That(UpstreamText.Render(stopped, Options()), Does.Contain("server 127.0.0.1:5002 down;"), "a slot without a process gets no traffic");
    }

    [Test]
    public void Validate_SeveralProblems_ListsThemAllAtOnce()
    {
        var options = new NginxSlotsOptions
        {
            Environment = "production",
            UpstreamFile = "relative/service.conf",
            BluePort = 5001,
            GreenPort = 5001,
            Start = "",
            CanarySteps = [50, 25],
            AnalysisRounds = 0,
        };

        var error = Assert.Throws<LiftoffException>(options.Validate);

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.SlotsOptionsInvalid));
        Assert.That(error.Message, Does.Contain("upstreamFile is 'relative/service.conf'; expected an absolute file path")
            .And.Contain("start must be a shell command")
            .And.Contain("bluePort and greenPort are both 5001")
            .And.Contain("canarySteps is '50,25'; expected ascending percentages")
            .And.Contain("analysisRounds is 0"));
    }

    [Test]
    public void Steps_WithoutAHundred_EndAtAHundred()
    {
        var options = new NginxSlotsOptions { Environment = "e", UpstreamFile = "/u.conf", BluePort = 1, GreenPort = 2, Start = "s", CanarySteps = [5, 25] };

        Assert.That(options.Steps, Is.EqualTo(new[] { 5, 25, 100 }));
    }

    [Test]
    public async Task StateStore_WriteThenRead_RoundTripsAndTheLockIsExclusive()
    {
        using var folder = TempDirectory.Create("slots-state");
        var store = new SlotsStateStore(folder.Combine("service.state.json"), TimeProvider.System);
        var written = new SlotsState { Live = SlotName.Green, Green = new SlotState { Version = "2.0.0", Running = true, Weight = 100, ProcessId = 42 } };

        await store.WriteAsync(written, CancellationToken.None);
        var read = await store.ReadAsync(CancellationToken.None);
        var first = await store.LockAsync(CancellationToken.None);
        var second = store.LockAsync(CancellationToken.None);
        var waitedForTheFirst = !second.IsCompleted;
        first.Dispose();
        (await second).Dispose();

        Assert.That(read with { UpdatedAt = null }, Is.EqualTo(written with { UpdatedAt = null }).Using<SlotsState>((a, b) => a.Live == b.Live && a.Green == b.Green && a.Blue == b.Blue));
        Assert.That(File.ReadAllText(store.StatePath), Does.Contain("\"live\": \"green\""));
        Assert.That(waitedForTheFirst, Is.True, "the second lock waits while the first is held");
    }

    [Test]
    public async Task StateStore_NotJson_ThrowsNamingTheFile()
    {
        using var folder = TempDirectory.Create("slots-state");
        var path = folder.WriteFile("service.state.json", "{ not json");

        var error = Assert.ThrowsAsync<LiftoffException>(async () => await new SlotsStateStore(path, TimeProvider.System).ReadAsync(CancellationToken.None));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.SlotStateUnreadable));
        Assert.That(error.Message, Does.Contain(path));
        await Task.CompletedTask;
    }

    [Test]
    public async Task StartAndStop_SlotProcess_RunsDetachedInItsOwnSessionAndTheStopEndsTheWholeGroup()
    {
        // Given a start command whose shell also has a child, as a wrapper script would
        using var folder = TempDirectory.Create("slots-process");
        var options = Options(folder.Combine("service.conf"), start: "sleep 300 & sleep 301");
        var processes = new SlotProcesses(options, TimeProvider.System);
        var state = new SlotState { Version = "1.0.0" };

        // When
        var pid = await processes.StartAsync(SlotName.Blue, state, CancellationToken.None);
        var running = state with { ProcessId = pid, Running = true };
        await Task.Yield();
        var alive = SlotProcesses.IsRunning(running);
        var session = Session(pid);
        await processes.StopAsync(SlotName.Blue, running, CancellationToken.None);

        // Then
        Assert.That(alive, Is.True);
        Assert.That(session, Is.EqualTo(pid), "setsid made it the leader of its own session");
        Assert.That(SlotProcesses.IsRunning(running), Is.False, "the stop ended the shell and both sleeps");
        Assert.That(SlotsNginx.IsRunning(pid), Is.False);
        Assert.That(File.ReadAllText(options.LogPath(SlotName.Blue)), Does.Contain("Liftoff starts 1.0.0 in blue: sleep 300 & sleep 301"));
    }

    // /proc/<pid>/stat field 6 is the session id; read after setsid has surely run (the leader's own pid then).
    private static int? Session(int pid)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var session = int.Parse(fields[3], CultureInfo.InvariantCulture);
            if (session == pid)
            {
                return session;
            }

            Thread.Sleep(10);
        }

        return null;
    }
}

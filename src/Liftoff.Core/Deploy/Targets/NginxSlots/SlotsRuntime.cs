using System.Globalization;
using Liftoff.Artifacts;
using Liftoff.Records.Ledger;

namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>What every slots operation shares: the options, the clock, the state, nginx and the slot processes.</summary>
internal sealed class SlotsRuntime
{
    public SlotsRuntime(NginxSlotsOptions options, TimeProvider time)
    {
        Options = options;
        Time = time;
        Store = new SlotsStateStore(options.StatePath, time);
        Traffic = new NginxTraffic(options, time);
        Processes = new SlotProcesses(options, time);
    }

    public NginxSlotsOptions Options { get; }

    public TimeProvider Time { get; }

    public SlotsStateStore Store { get; }

    public NginxTraffic Traffic { get; }

    public SlotProcesses Processes { get; }

    public DateTimeOffset Now => Time.GetUtcNow();

    public void Say(string line) => Options.Output?.Invoke(line);

    /// <summary>A client for checks against slots and nginx; one per operation, so no connection outlives a slot.</summary>
    public static HttpClient NewHttp() => new() { Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>Applies the weights of <paramref name="next"/> through nginx, then records the state.</summary>
    public async Task<(SlotsState State, TimeSpan Elapsed)> MoveAsync(SlotsState next, CancellationToken cancellationToken)
    {
        var elapsed = await Traffic.ApplyAsync(next, cancellationToken).ConfigureAwait(false);
        return (await Store.WriteAsync(next, cancellationToken).ConfigureAwait(false), elapsed);
    }

    /// <summary>Stops a slot's process and records it stopped (its version and release stay, for a later rollback).</summary>
    public async Task<SlotsState> StopAsync(SlotsState state, SlotName slot, CancellationToken cancellationToken)
    {
        await Processes.StopAsync(slot, state[slot], cancellationToken).ConfigureAwait(false);
        var stopped = state[slot] with { Running = false, ProcessId = null, Weight = 0, DrainUntil = null };
        return await Store.WriteAsync(state.With(slot, stopped), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A ledger step from the state after a move or a verdict.</summary>
    public TrafficStep Step(string action, SlotsState state, TimeSpan? elapsed = null) => new()
    {
        At = Now,
        Action = action,
        Weights = [Weight(state, SlotName.Blue), Weight(state, SlotName.Green)],
        SwitchMs = elapsed is { } e ? Math.Round(e.TotalMilliseconds, 3) : null,
    };

    /// <summary>"blue 1.0.0 95% · green 1.1.0 5%".</summary>
    public static string Describe(SlotsState state) =>
        string.Join(" · ", new[] { SlotName.Blue, SlotName.Green }.Select(slot =>
            string.Create(CultureInfo.InvariantCulture, $"{slot.Key()} {state[slot].Version ?? "empty"} {(state[slot].Running ? state[slot].Weight : 0)}%")));

    /// <summary>
    /// Reads the version marker through nginx until it names <paramref name="version"/>: the check that a full switch
    /// really moved the traffic. True at once when the environment has no URL.
    /// </summary>
    public async Task<bool> ServedThroughNginxAsync(string version, CancellationToken cancellationToken)
    {
        if (Options.Url is not { } url)
        {
            return true;
        }

        using var http = NewHttp();
        var marker = new Uri(url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/"), VersionMarker.PathInArtifact);
        var timeout = TimeSpan.FromSeconds(Math.Max(1, Options.Validation.ReadinessTimeoutSeconds));
        return await Poll.UntilAsync(async token =>
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, marker);
                request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
                using var response = await http.SendAsync(request, token).ConfigureAwait(false);
                var body = await response.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
                return response.IsSuccessStatusCode && ArtifactJson.TryParseMarker(body)?.Version == version;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, timeout, TimeSpan.FromMilliseconds(100), Time, cancellationToken).ConfigureAwait(false);
    }

    private static SlotWeight Weight(SlotsState state, SlotName slot) =>
        new(slot.Key(), state[slot].Version, state[slot].Running ? state[slot].Weight : 0);
}

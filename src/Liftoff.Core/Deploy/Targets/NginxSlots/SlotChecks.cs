using Liftoff.Artifacts;
using Liftoff.Configuration;
using Liftoff.Validation;

namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>
/// Checks a slot directly on its own port, before and while it takes traffic, through <see cref="ValidationRunner"/>
/// and the environment's declared checks: after a start, the readiness wait and the smoke checks (the marker read
/// back, HTTP checks, critical paths and commands: what a version must do before it sees a user); at each canary
/// analysis round, every declared check, including the latency series and the slot's own Prometheus error rate,
/// which only mean something once real traffic reaches the slot.
/// </summary>
internal sealed class SlotChecks(NginxSlotsOptions options, TimeProvider time, HttpClient http)
{
    private static readonly TimeSpan ReadinessPoll = TimeSpan.FromMilliseconds(100);

    /// <summary>Waits until the slot answers its readiness path with 2xx; null when ready, else why not.</summary>
    public async Task<string?> WaitReadyAsync(SlotName slot, SlotState state, CancellationToken cancellationToken)
    {
        var url = new Uri(options.SlotUrl(slot), options.ReadinessPath.TrimStart('/'));
        var died = false;
        string last = "no answer yet";
        var ready = await Poll.UntilAsync(async token =>
        {
            if (!SlotProcesses.IsRunning(state))
            {
                died = true;
                return true;
            }

            try
            {
                using var response = await http.GetAsync(url, token).ConfigureAwait(false);
                last = $"{url} answered {(int)response.StatusCode}";
                return response.IsSuccessStatusCode;
            }
            catch (HttpRequestException error)
            {
                last = $"{url}: {error.Message}";
                return false;
            }
        }, options.StartTimeout, ReadinessPoll, time, cancellationToken).ConfigureAwait(false);
        return died ? $"its process exited before it was ready (last: {last})"
            : ready ? null
            : $"not ready within {options.StartTimeout.TotalSeconds:0.#} s (last: {last})";
    }

    /// <summary>The smoke checks against a new slot: its marker must be <paramref name="marker"/>, and the functional checks pass.</summary>
    public Task<ValidationReport> SmokeAsync(SlotName slot, VersionMarker marker, CancellationToken cancellationToken)
    {
        var smoke = OneRound(options.Validation, TimeSpan.Zero);
        smoke.Latency = [];
        smoke.ErrorRates = [];
        return new ValidationRunner(http, time).RunAsync(options.SlotUrl(slot), marker, smoke, cancellationToken);
    }

    /// <summary>
    /// One round of every declared check against the slot, after <paramref name="wait"/>: the version marker must be
    /// <paramref name="marker"/>, and the error rate is measured over the wait.
    /// </summary>
    public Task<ValidationReport> RoundAsync(SlotName slot, VersionMarker marker, TimeSpan wait, CancellationToken cancellationToken) =>
        new ValidationRunner(http, time).RunAsync(options.SlotUrl(slot), marker, OneRound(options.Validation, wait), cancellationToken);

    // A shallow copy of the declared checks, run once: the slot is already ready, so the marker gets one check's time.
    private static ValidationOptions OneRound(ValidationOptions declared, TimeSpan wait)
    {
        var copy = new ValidationOptions();
        foreach (var property in typeof(ValidationOptions).GetProperties().Where(p => p is { CanRead: true, CanWrite: true }))
        {
            property.SetValue(copy, property.GetValue(declared));
        }

        copy.Enabled = true;
        copy.Rounds = 1;
        copy.FailureLimit = 0;
        copy.IntervalSeconds = wait.TotalSeconds;
        copy.ReadinessTimeoutSeconds = declared.CheckTimeoutSeconds;
        copy.ReadinessPollSeconds = Math.Min(declared.ReadinessPollSeconds, 0.2);
        return copy;
    }
}

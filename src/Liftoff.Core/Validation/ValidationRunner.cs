using Liftoff.Artifacts;
using Liftoff.Configuration;
using Liftoff.Validation.Checks;
using Liftoff.Validation.Readiness;

namespace Liftoff.Validation;

/// <summary>
/// Validates an environment the way Argo Rollouts and Flagger run analysis: first a readiness wait for the expected
/// version marker, then <see cref="ValidationOptions.Rounds"/> rounds of every declared check, each round after
/// <see cref="ValidationOptions.IntervalSeconds"/>. The verdict is Pass, Degraded, Fail or Inconclusive (see
/// <see cref="WindowJudge"/>); once it can no longer get better the window stops, so a rollback can start. Fail-safe
/// throughout: an empty body, a missing metric or no requests is a Fail; a timeout or connection error is
/// Inconclusive, which counts as a Fail unless <see cref="ValidationOptions.InconclusiveAsFail"/> is false.
/// Retries happen only in the readiness wait, never in the verdict rounds.
/// </summary>
/// <param name="http">The client for every request. Its own timeout should be longer than a check's.</param>
/// <param name="time">The clock for latencies, waits and timeouts. Default <see cref="TimeProvider.System"/>.</param>
/// <param name="progress">Told about each round as it ends. Default: nobody.</param>
public sealed class ValidationRunner(HttpClient http, TimeProvider? time = null, IProgress<RoundResult>? progress = null)
{
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(10);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Runs readiness and the observation window against <paramref name="environmentUrl"/>.</summary>
    /// <param name="environmentUrl">The environment URL; check paths are relative to it.</param>
    /// <param name="expectedMarker">The marker the new version serves: its version and content sha256 must match.</param>
    /// <param name="options">The declared checks and the window's timing.</param>
    /// <param name="cancellationToken">Stops the validation; cancelling throws rather than producing a verdict.</param>
    /// <returns>The report; its verdict is Pass only when everything was measured and within expectations.</returns>
    /// <exception cref="Diagnostics.LiftoffException">A declared check is invalid (<see cref="Diagnostics.DiagnosticCodes.ValidationCheckInvalid"/>).</exception>
    public async Task<ValidationReport> RunAsync(
        Uri environmentUrl, VersionMarker expectedMarker, ValidationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environmentUrl);
        ArgumentNullException.ThrowIfNull(expectedMarker);
        ArgumentNullException.ThrowIfNull(options);
        DeclaredChecks.ThrowIfInvalid(options);
        var started = _time.GetTimestamp();
        var baseUrl = environmentUrl.AbsoluteUri.EndsWith('/') ? environmentUrl : new Uri(environmentUrl.AbsoluteUri + "/");
        var context = new CheckContext(baseUrl, http, _time, AtLeastMinimum(options.CheckTimeoutSeconds));

        var readiness = await new ReadinessProbe(context, AtLeastMinimum(options.ReadinessTimeoutSeconds), TimeSpan.FromSeconds(options.ReadinessPollSeconds))
            .WaitAsync(expectedMarker, cancellationToken).ConfigureAwait(false);
        var rounds = new List<RoundResult>();
        if (readiness.Passed)
        {
            await ObserveAsync(context, options, rounds, cancellationToken).ConfigureAwait(false);
        }

        var (verdict, reason) = Conclude(readiness, rounds, options);
        return new ValidationReport(environmentUrl, readiness, rounds, verdict,
            ValidationSummary.Describe(readiness, rounds, verdict, reason, options), _time.GetElapsedTime(started))
        {
            Reason = reason,
        };
    }

    /// <summary>Runs only the readiness wait and one round of the smoke checks (http and critical paths), for a release not yet switched to.</summary>
    /// <param name="previewUrl">Where the prepared release is served before the switch.</param>
    /// <param name="expectedMarker">The marker the prepared release carries.</param>
    /// <param name="options">The environment's declared checks; only readiness, http and critical paths are used.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    public Task<ValidationReport> SmokeAsync(Uri previewUrl, VersionMarker expectedMarker, ValidationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var smoke = new ValidationOptions
        {
            ReadinessTimeoutSeconds = options.ReadinessTimeoutSeconds,
            ReadinessPollSeconds = options.ReadinessPollSeconds,
            CheckTimeoutSeconds = options.CheckTimeoutSeconds,
            MaxConcurrency = options.MaxConcurrency,
            Rounds = 1,
            IntervalSeconds = 0,
            Http = options.Http,
            CriticalPaths = options.CriticalPaths,
            InconclusiveAsFail = true,
        };
        return RunAsync(previewUrl, expectedMarker, smoke, cancellationToken);
    }

    private static (ValidationVerdict Verdict, string? Reason) Conclude(ReadinessResult readiness, List<RoundResult> rounds, ValidationOptions options)
    {
        if (!readiness.Passed)
        {
            return (ValidationVerdict.Fail, readiness.Reason);
        }

        if (rounds.Count == 0)
        {
            return (ValidationVerdict.Pass, null); // Nothing declared: the marker read back is the verdict.
        }

        var judgement = WindowJudge.Judge(rounds, options, windowComplete: true);
        return judgement.Verdict == ValidationVerdict.Inconclusive && options.InconclusiveAsFail
            ? (ValidationVerdict.Fail, judgement.Reason + " (inconclusive counts as a failure; validation.inconclusiveAsFail)")
            : (judgement.Verdict, judgement.Reason);
    }

    private async Task ObserveAsync(CheckContext context, ValidationOptions options, List<RoundResult> rounds, CancellationToken cancellationToken)
    {
        var checks = DeclaredChecks.Build(context, options);
        if (checks.Count == 0)
        {
            return; // Nothing declared: readiness alone is the verdict, and the summary says so.
        }

        foreach (var metrics in checks.OfType<ErrorRateCheck>())
        {
            await metrics.BaselineAsync(cancellationToken).ConfigureAwait(false);
        }

        var interval = TimeSpan.FromSeconds(options.IntervalSeconds);
        for (var number = 1; number <= options.Rounds; number++)
        {
            if (interval > TimeSpan.Zero)
            {
                await Task.Delay(interval, _time, cancellationToken).ConfigureAwait(false);
            }

            var round = await RunRoundAsync(number, checks, options.MaxConcurrency, cancellationToken).ConfigureAwait(false);
            rounds.Add(round);
            progress?.Report(round);
            if (WindowJudge.Judge(rounds, options, windowComplete: number == options.Rounds).Decided)
            {
                return; // The verdict cannot get better any more; stop so a rollback starts sooner.
            }
        }
    }

    private async Task<RoundResult> RunRoundAsync(int number, List<IValidationCheck> checks, int concurrency, CancellationToken cancellationToken)
    {
        var startedAt = _time.GetUtcNow();
        var results = new CheckResult[checks.Count];
        using var gate = new SemaphoreSlim(Math.Max(1, concurrency));

        // Error rates are read last, so the window they measure includes this round's own requests.
        var requests = Enumerable.Range(0, checks.Count).Where(i => checks[i] is not ErrorRateCheck).ToList();
        await Task.WhenAll(requests.Select(i => RunOneAsync(i))).ConfigureAwait(false);
        var metrics = Enumerable.Range(0, checks.Count).Where(i => checks[i] is ErrorRateCheck).ToList();
        await Task.WhenAll(metrics.Select(i => RunOneAsync(i))).ConfigureAwait(false);
        return new RoundResult(number, startedAt, results);

        async Task RunOneAsync(int index)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                results[index] = await checks[index].RunAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }
    }

    private static TimeSpan AtLeastMinimum(double seconds)
    {
        var span = TimeSpan.FromSeconds(seconds);
        return span < MinimumTimeout ? MinimumTimeout : span;
    }
}

using Liftoff.Artifacts;
using Liftoff.Configuration;
using Liftoff.Validation.Checks;
using Liftoff.Validation.Readiness;

namespace Liftoff.Validation;

/// <summary>
/// Validates an environment the way Argo Rollouts and Flagger run analysis: first a readiness wait for the expected
/// version marker, then <see cref="ValidationOptions.Rounds"/> rounds of every declared check, each round after
/// <see cref="ValidationOptions.IntervalSeconds"/>. A round fails when any check fails; the validation fails when
/// more rounds fail than <see cref="ValidationOptions.FailureLimit"/> allows, and stops there so a rollback can
/// start. Fail-safe throughout: an error, a timeout, an empty body, a missing metric or no requests is a Fail.
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

        var failedRounds = rounds.Count(r => r.Verdict == ValidationVerdict.Fail);
        var verdict = readiness.Passed && failedRounds <= options.FailureLimit ? ValidationVerdict.Pass : ValidationVerdict.Fail;
        return new ValidationReport(environmentUrl, readiness, rounds, verdict,
            ValidationSummary.Describe(readiness, rounds, verdict, options), _time.GetElapsedTime(started));
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
            if (rounds.Count(r => r.Verdict == ValidationVerdict.Fail) > options.FailureLimit)
            {
                return; // The verdict cannot change any more; stop so the rollback starts sooner.
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

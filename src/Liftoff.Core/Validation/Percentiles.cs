namespace Liftoff.Validation;

/// <summary>Nearest-rank percentiles: the smallest sample with at least p% of the samples at or below it.</summary>
public static class Percentiles
{
    /// <summary>The nearest-rank <paramref name="percent"/>th percentile of <paramref name="samples"/>.</summary>
    /// <exception cref="ArgumentException">There are no samples, or the percent is not in (0, 100].</exception>
    public static double NearestRank(IReadOnlyCollection<double> samples, double percent)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            throw new ArgumentException("A percentile of no samples is undefined.", nameof(samples));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var sorted = samples.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}

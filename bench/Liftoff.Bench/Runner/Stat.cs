namespace Liftoff.Bench.Runner;

/// <summary>The measured values of one side of a figure, in the order they were taken, and their median.</summary>
internal sealed record Stat(IReadOnlyList<double> Samples, string Unit)
{
    public double Median => MedianOf(Samples);

    public double Min => Samples.Min();

    public double Max => Samples.Max();

    public static double MedianOf(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("a median needs at least one value", nameof(values));
        }

        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

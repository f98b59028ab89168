namespace Liftoff.Bench.Runner;

/// <summary>One of the rows (B1…B6); it measures one or more figures.</summary>
internal interface IBenchRow
{
    /// <summary>The row's id, for example <c>B3</c>, as <c>--only</c> takes it.</summary>
    string Id { get; }

    Task<IReadOnlyList<RowResult>> RunAsync(BenchContext context, CancellationToken cancellationToken);
}

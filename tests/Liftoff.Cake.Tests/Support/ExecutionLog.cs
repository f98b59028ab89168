namespace Liftoff.Cake.Tests.Support;

/// <summary>What ran, in order. Tasks get it by constructor injection, which also proves the host builds them through DI.</summary>
public sealed class ExecutionLog
{
    private readonly List<string> _entries = [];

    public IReadOnlyList<string> Entries => _entries;

    public void Add(string entry) => _entries.Add(entry);
}

using System.Globalization;

namespace Liftoff.TestSupport.Git;

/// <summary>
/// Builds a commit history step by step, for release and changelog tests:
/// <code>
/// git.History()
///    .Commit("feat: add x").Commit("fix(auth): y").Tag("v1.0.0")
///    .Commit("feat!: drop v1 API", body: "BREAKING CHANGE: the v1 endpoints are gone")
///    .Push();
/// </code>
/// Every commit writes its own file under <c>history/</c>, so no commit is empty and commits made on different
/// branches never touch the same file: merges are always clean.
/// </summary>
public sealed class HistoryBuilder
{
    private readonly GitWorkingCopy _repository;
    private readonly List<string> _commits = [];

    internal HistoryBuilder(GitWorkingCopy repository) => _repository = repository;

    /// <summary>The shas of the commits (and merges) this builder made, oldest first.</summary>
    public IReadOnlyList<string> Shas => _commits;

    /// <summary>The sha of HEAD now.</summary>
    public string Head => _repository.Head;

    /// <summary>Commits one change.</summary>
    /// <param name="message">The subject line, for example <c>feat(api): add paging</c>.</param>
    /// <param name="body">Paragraphs and trailers after a blank line, for example <c>BREAKING CHANGE: …</c>.</param>
    /// <param name="file">The file to write; a new <c>history/NNNN.txt</c> by default.</param>
    /// <param name="content">What to write into it; the message by default.</param>
    public HistoryBuilder Commit(string message, string? body = null, string? file = null, string? content = null)
    {
        var fullMessage = body is null ? message : $"{message}\n\n{body}";
        file ??= string.Create(CultureInfo.InvariantCulture, $"history/{_repository.Context.NextSequence():D4}.txt");
        _repository.WriteFile(file, content ?? fullMessage + "\n");
        _commits.Add(_repository.Commit(fullMessage, file));
        return this;
    }

    /// <summary>Commits <paramref name="count"/> changes, with messages from <paramref name="message"/> (given 0, 1, 2, …).</summary>
    public HistoryBuilder Commits(int count, Func<int, string> message)
    {
        ArgumentNullException.ThrowIfNull(message);
        for (var index = 0; index < count; index++)
        {
            Commit(message(index));
        }

        return this;
    }

    /// <summary>Tags HEAD: annotated when <paramref name="message"/> is given, lightweight otherwise.</summary>
    public HistoryBuilder Tag(string name, string? message = null)
    {
        _repository.Tag(name, message);
        return this;
    }

    /// <summary>Creates a branch at HEAD and switches to it.</summary>
    public HistoryBuilder Branch(string name)
    {
        _repository.Checkout(name, create: true);
        return this;
    }

    /// <summary>Switches to an existing branch.</summary>
    public HistoryBuilder Checkout(string name)
    {
        _repository.Checkout(name);
        return this;
    }

    /// <summary>Merges <paramref name="branch"/> into the current branch with a merge commit.</summary>
    public HistoryBuilder Merge(string branch, string? message = null)
    {
        _commits.Add(_repository.Merge(branch, message));
        return this;
    }

    /// <summary>Pushes to <c>origin</c>: by default the current branch and all tags.</summary>
    public HistoryBuilder Push(params string[] refspecs)
    {
        _repository.Push(refspecs);
        return this;
    }

    /// <summary>Runs any other step on the working copy without leaving the chain.</summary>
    public HistoryBuilder Then(Action<GitWorkingCopy> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        step(_repository);
        return this;
    }
}

using System.Diagnostics;
using Liftoff.Bench.History;
using Liftoff.Bench.Runner;
using Liftoff.Bench.Tools;
using Liftoff.Changelog;
using Liftoff.Git;
using Liftoff.Versioning;

namespace Liftoff.Bench.Rows;

/// <summary>
/// B1 history reading: the next version plus the changelog for N conventional commits since the last tag.
/// In process against the raw <c>git log</c> Liftoff has to read anyway; and the whole <c>Changelog</c> target against
/// npm's <c>conventional-changelog</c>.
/// </summary>
internal sealed class HistoryReadingRow : IBenchRow
{
    private const string RowName = "B1 history reading";

    // One conventional-changelog run on 100,000 commits took about 14 minutes here (its warm-up, timed from its process
    // start), so five of them would hold the bench for over an hour. Stopped at this limit, it still bounds the ratio
    // far below the goal, since Liftoff's whole target takes seconds.
    private static readonly TimeSpan BaselineLimit = TimeSpan.FromMinutes(5);

    public string Id => "B1";

    public async Task<IReadOnlyList<RowResult>> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var sizes = context.Options.Commits;
        if (sizes.Any(size => size > context.Options.ChangelogMaxCommits))
        {
            context.Note(Formatting.Invariant($"B1: the whole Changelog target is compared with conventional-changelog up to {context.Options.ChangelogMaxCommits:N0} commits. ")
                + "On 100,000 commits a single conventional-changelog run took more than 7 minutes on this shared machine (its warm-up had "
                + "not finished after 7 minutes, load average about 60), against about 3 s for Liftoff's in-process work (B1.2); a "
                + "figure needs six such runs, over half an hour. ./build.sh --target=Bench --changelog-commits=100000 runs it.");
        }

        if (!sizes.Contains(1_000_000))
        {
            context.Note("B1: 1,000,000 commits were not run: generating them and their twelve runs take about a quarter of an hour "
                + "on a busy machine; ./build.sh --target=Bench --commits=10000,100000,1000000 adds them.");
        }
        var results = new List<RowResult>();
        foreach (var size in sizes)
        {
            context.Log(Formatting.Invariant($"B1: generating {size:N0} commits with git fast-import"));
            using var history = SyntheticHistory.Create(size);
            context.Note(Formatting.Invariant($"B1: git fast-import of {size:N0} conventional commits after {SyntheticHistory.Tag}: {history.Generation.TotalSeconds:0.0} s"));
            results.Add(await InProcessAsync(context, history, cancellationToken));
            if (size <= context.Options.ChangelogMaxCommits)
            {
                results.Add(await ChangelogCommandAsync(context, history, cancellationToken));
            }
        }

        return results;
    }

    private static async Task<RowResult> InProcessAsync(BenchContext context, SyntheticHistory history, CancellationToken cancellationToken)
    {
        var git = new GitCli(history.Path, history.Environment);
        string[] gitLog = ["log", "--format=%H%x00%B%x00", $"{SyntheticHistory.Tag}..HEAD"];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        string? outcome = null;
        var (liftoff, baseline) = await context.PairedAsync(
            Formatting.Invariant($"B1 in-process, {history.Commits:N0} commits"),
            "ms",
            async _ =>
            {
                var stopwatch = Stopwatch.StartNew();
                var next = await new NextVersionCalculator(git).CalculateAsync(new VersioningOptions(), cancellationToken);
                var notes = ReleaseNotesBuilder.Build(next, today);
                var section = ChangelogRenderer.RenderSection(notes, links: null);
                stopwatch.Stop();
                if (next.Commits.Count != history.Commits)
                {
                    throw new InvalidOperationException($"Liftoff read {next.Commits.Count} commits, expected {history.Commits}");
                }

                outcome = Formatting.Invariant($"{next.LastRelease?.Name} → {next.Version} ({next.Reason}); changelog section of {section.Length / 1024:N0} KB");
                return stopwatch.Elapsed.TotalMilliseconds;
            },
            async _ => (await TimedProcess.RunAsync("git", gitLog, history.Path, history.Environment, cancellationToken: cancellationToken)).Milliseconds);

        context.Log("B1: " + outcome);
        var ratio = liftoff.Median / baseline.Median;
        return new RowResult
        {
            Id = Formatting.Invariant($"B1.{(history.Commits switch { <= 10_000 => 1, <= 100_000 => 2, _ => 3 })}"),
            Row = RowName,
            Figure = Formatting.Invariant($"next version + changelog, {history.Commits:N0} commits, in process"),
            Liftoff = liftoff,
            Baseline = baseline,
            Goal = "≤ 2.0× raw git log",
            Met = ratio <= 2.0,
            LiftoffCommand = "NextVersionCalculator.CalculateAsync + ReleaseNotesBuilder.Build + ChangelogRenderer.RenderSection (Liftoff.Core, Release build, in the bench process)",
            BaselineCommand = "git " + string.Join(' ', gitLog) + " (output piped into nothing)",
            Note = (ratio <= 2.0 ? "" : Formatting.Invariant($"Missed at {ratio:0.00}×. "))
                + "Liftoff reads the same walk (git log -z --format=%H%x00%P%x00%B) and also parses every message into a record "
                + "(header, body, footers, breaking-change notes, reverts, PR numbers), tallies, sorts the sections and renders the "
                + "Markdown, on the same 2 cores as git. This bench found a second full walk of the history, git for-each-ref "
                + "--merged=HEAD to learn which tags HEAD reaches, which cost as much as the log itself; the calculator now proves the "
                + "last tag reachable from the log's own parent list and asks git only when that fails (or on a pre-release channel). "
                + (ratio <= 2.0 ? "" : "What would close the rest: parse on a second thread while git writes (a channel between the "
                    + "reader and the parser) and fewer allocations per message; the machine's load (see the top) weighs on the side "
                    + "that needs two processes' worth of CPU."),
        };
    }

    private static async Task<RowResult> ChangelogCommandAsync(BenchContext context, SyntheticHistory history, CancellationToken cancellationToken)
    {
        var tool = await NpmTools.CommandAsync(context, "conventional-changelog");
        // The sandbox's root, outside the working tree, holds it.
        var section = Path.Combine(history.Repository.Root, "changelog-section.md");
        string[] host = [context.Options.BuildDll, "--target=Changelog", $"--working={history.Path}", $"--output={section}"];
        string[] npm = ["-p", "conventionalcommits", "-r", "1"];
        async Task<double> LiftoffSide(int _)
        {
            File.Delete(section);
            var run = await TimedProcess.RunAsync("dotnet", host, context.Options.Root, history.Environment, cancellationToken: cancellationToken);
            return File.Exists(section) && new FileInfo(section).Length > 0
                ? run.Milliseconds
                : throw new InvalidOperationException($"the Changelog target wrote no section to {section}");
        }

        async Task<double> BaselineSide(int _)
        {
            var run = await TimedProcess.RunAsync(tool, npm, history.Path, history.Environment, keepOutput: true, timeout: BaselineLimit, cancellationToken: cancellationToken);
            return run.Output.Contains("### Features", StringComparison.Ordinal)
                ? run.Milliseconds
                : throw new InvalidOperationException("conventional-changelog printed no Features section: " + run.Output[..Math.Min(500, run.Output.Length)]);
        }

        var label = Formatting.Invariant($"B1 Changelog target vs conventional-changelog, {history.Commits:N0} commits");
        Stat liftoff, baseline;
        var stopped = false;
        try
        {
            (liftoff, baseline) = await context.PairedAsync(label, "ms", LiftoffSide, BaselineSide);
        }
        catch (InvalidOperationException error) when (error.Message.EndsWith("did not finish in time and was stopped", StringComparison.Ordinal))
        {
            // On 100,000 commits one conventional-changelog run outlasts the limit: its time is then known only to be
            // above it. Liftoff's side is still measured in full, and the ratio is an upper bound.
            context.Log(Formatting.Invariant($"{label}: conventional-changelog was stopped after {BaselineLimit.TotalMinutes:0} min; measuring Liftoff alone"));
            liftoff = await context.SingleAsync(label + " (Liftoff alone)", "ms", LiftoffSide);
            baseline = new Stat([BaselineLimit.TotalMilliseconds], "ms");
            stopped = true;
        }

        var ratio = liftoff.Median / baseline.Median;
        var version = NpmTools.Version(context, "conventional-changelog-cli");
        return new RowResult
        {
            Id = Formatting.Invariant($"B1.{(history.Commits <= 10_000 ? 4 : 5)}"),
            Row = RowName,
            Figure = Formatting.Invariant($"whole Changelog target, {history.Commits:N0} commits, vs conventional-changelog"),
            Liftoff = liftoff,
            Baseline = baseline,
            BaselineStopped = stopped,
            Goal = "≤ 1/15 of conventional-changelog",
            Met = ratio <= 1.0 / 15,
            LiftoffCommand = $"dotnet {context.RelativeToRoot(context.Options.BuildDll)} --target=Changelog --working=<repo> --output=<file> "
                + "(the compiled host ./build.sh runs, started directly to leave out dotnet run's build check)",
            BaselineCommand = $"conventional-changelog -p conventionalcommits -r 1 (conventional-changelog-cli {version}, node), in <repo>",
            Note = stopped
                ? Formatting.Invariant($"conventional-changelog did not finish its warm-up run within {BaselineLimit.TotalMinutes:0} minutes and was stopped, so its figure is that limit, a lower bound, and the ratio an upper bound; one run, not five, because each would take longer than the limit.")
                : ratio <= 1.0 / 15 ? null : Formatting.Invariant($"Missed at 1/{1 / ratio:0.#}. ")
                + (history.Commits < 100_000
                    ? "At this size the Liftoff side is mostly the host's fixed start (the .NET runtime, configuration, the task graph: "
                        + "compare B2.1's baseline), while conventional-changelog's cost grows with the commits; the issue's goal is "
                        + "for 100,000 commits (B1.5, when --changelog-commits=100000 runs it). What would close it here: a smaller start (ReadyToRun or trimming the host)."
                    : "What would close it: a smaller host start (ReadyToRun) and the in-process costs of B1.2."),
        };
    }
}

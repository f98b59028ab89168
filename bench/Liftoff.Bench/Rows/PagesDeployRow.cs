using System.Diagnostics;
using Liftoff.Bench.Runner;
using Liftoff.Bench.Sandbox;
using Liftoff.Bench.Tools;
using Liftoff.Deploy.Targets.GitHubPages;
using Liftoff.TestSupport;

namespace Liftoff.Bench.Rows;

/// <summary>
/// B5 GitHub Pages deploy: a site of many files, 10 changed per version, published to a gh-pages branch of a local
/// bare remote by Liftoff's GitHub Pages target, by raw git plumbing doing the same commit, and by npm's gh-pages.
/// Each tool has its own remote and publishes the same sequence of versions; the first publish is setup.
/// </summary>
internal sealed class PagesDeployRow : IBenchRow
{
    private const string RowName = "B5 GitHub Pages deploy";
    private const string Branch = "gh-pages";
    private const string Identity = "Liftoff Bench <bench@liftoff.invalid>";

    public string Id => "B5";

    public async Task<IReadOnlyList<RowResult>> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var files = context.Quick ? 500 : 5_000;
        using var folder = TempDirectory.Create("bench-pages");
        var stopwatch = Stopwatch.StartNew();
        var site = new PagesSite(folder.Combine("site"), files);
        context.Note(Formatting.Invariant($"B5: wrote the {files:N0}-file site twice (artifact source and published folder): {stopwatch.Elapsed.TotalSeconds:0.0} s"));
        var ghPages = await NpmTools.CommandAsync(context, "gh-pages");
        var environment = GitEnvironment(folder.Path);
        var remotes = new[] { "liftoff", "plumbing", "gh-pages" }.Select(name => folder.Combine("remotes", name + ".git")).ToArray();
        foreach (var remote in remotes.Append(folder.Combine("liftoff-local.git")).Append(folder.Combine("plumbing-local.git")))
        {
            await TimedProcess.RunAsync("git", ["init", "--quiet", "--bare", remote], folder.Path, environment, cancellationToken: cancellationToken);
        }

        var target = new GitHubPagesTarget(new GitHubPagesOptions
        {
            RepositoryPath = folder.Combine("liftoff-local.git"),
            Remote = remotes[0],
            Branch = Branch,
            Environment = environment,
        }, TimeProvider.System);
        var plumbingRepository = folder.Combine("plumbing-local.git");
        var ghPagesEnvironment = new Dictionary<string, string?>(environment) { ["CACHE_DIR"] = folder.Combine("gh-pages-cache") };

        Liftoff.Artifacts.Artifact artifact = null!;
        var version = 0;
        async Task NextAsync(int run)
        {
            // run 0 is the warm-up; the very first publish (all files new) happened before it.
            if (run + 1 != version)
            {
                version = run + 1;
                artifact = await site.NextVersionAsync(version);
            }
        }

        async Task<double> LiftoffAsync(int run)
        {
            await NextAsync(run);
            var clock = Stopwatch.StartNew();
            var release = await target.PrepareAsync(artifact, cancellationToken);
            await target.PublishMarkerAsync(release, cancellationToken);
            await target.SwitchAsync(release, cancellationToken);
            return clock.Elapsed.TotalMilliseconds;
        }

        async Task<double> PlumbingAsync(int run)
        {
            await NextAsync(run);
            var clock = Stopwatch.StartNew();
            await PublishWithPlumbingAsync(plumbingRepository, remotes[1], site.Published, environment, $"Deploy 1.0.{version}", folder.Path);
            return clock.Elapsed.TotalMilliseconds;
        }

        string[] GhPagesArguments() => ["-d", site.Published, "-r", remotes[2], "-b", Branch, "--dotfiles", "-u", Identity, "-m", $"Deploy 1.0.{version}"];
        async Task<double> GhPagesAsync(int run)
        {
            await NextAsync(run);
            return (await TimedProcess.RunAsync(ghPages, GhPagesArguments(), folder.Path, ghPagesEnvironment, cancellationToken: cancellationToken)).Milliseconds;
        }

        // The first publish of every file, for each tool: setup, not measured.
        version = -1;
        await NextAsync(-1);
        stopwatch.Restart();
        await LiftoffAsync(-1);
        var firstLiftoff = stopwatch.Elapsed;
        stopwatch.Restart();
        await PlumbingAsync(-1);
        var firstPlumbing = stopwatch.Elapsed;
        stopwatch.Restart();
        await GhPagesAsync(-1);
        context.Note(Formatting.Invariant($"B5: first publish of all {files:N0} files (not measured): Liftoff {firstLiftoff.TotalSeconds:0.0} s, plumbing {firstPlumbing.TotalSeconds:0.0} s, gh-pages {stopwatch.Elapsed.TotalSeconds:0.0} s"));

        var stats = await context.CompareAsync(Formatting.Invariant($"B5 Pages deploy of {files:N0} files, 10 changed"), "ms", LiftoffAsync, PlumbingAsync, GhPagesAsync);
        var mismatch = await CompareTreesAsync(remotes, environment, folder.Path);
        var liftoffCommand = Formatting.Invariant($"GitHubPagesTarget.PrepareAsync + PublishMarkerAsync + SwitchAsync (in process; unpacks and checks the artifact, fetches the branch, hashes every file into a temporary index, commit-tree, fast-forward push) of a {files:N0}-file site, 10 files changed");
        var plumbingRatio = stats[0].Median / stats[1].Median;
        var ghPagesRatio = stats[0].Median / stats[2].Median;
        return
        [
            new RowResult
            {
                Id = "B5.1",
                Row = RowName,
                Figure = Formatting.Invariant($"{files:N0}-file site, 10 changed, vs raw git plumbing"),
                Liftoff = stats[0],
                Baseline = stats[1],
                Goal = "≤ 1.5× raw plumbing",
                Met = plumbingRatio <= 1.5,
                LiftoffCommand = liftoffCommand,
                BaselineCommand = "git fetch <remote> +refs/heads/gh-pages:refs/remotes/pages/gh-pages; GIT_INDEX_FILE=<fresh> git --work-tree=<folder> add -A; "
                    + "git write-tree; git commit-tree <tree> -p <tip> -m …; git push <remote> <commit>:refs/heads/gh-pages (the published folder, marker included)",
                Note = mismatch ?? (plumbingRatio <= 1.5 ? null : Formatting.Invariant($"Missed at {plumbingRatio:0.00}×. ")
                    + "Liftoff's target takes the artifact, not a folder: it checks the archive's sha256, unpacks every file into a "
                    + "temporary folder (each file's sha256 checked against the manifest, unsafe paths refused), hashes them all into "
                    + "git, builds the tree in a temporary index and deletes the folder; the plumbing hashes files already on disk. "
                    + "Creating thousands of files costs far more than reading them. This bench found one hot spot and it is fixed: the "
                    + "extractor's asynchronous per-file writes cost 4-5× the CPU of synchronous ones. What would close the rest: "
                    + "stream the archive's entries straight into git fast-import (blobs and tree, checksums verified on the way), so "
                    + "no file touches the disk; the commit, its message and the fast-forward push stay as they are."),
            },
            new RowResult
            {
                Id = "B5.2",
                Row = RowName,
                Figure = Formatting.Invariant($"{files:N0}-file site, 10 changed, vs gh-pages (npm)"),
                Liftoff = stats[0],
                Baseline = stats[2],
                Goal = "faster than gh-pages",
                Met = ghPagesRatio < 1,
                LiftoffCommand = liftoffCommand,
                BaselineCommand = $"gh-pages -d <folder> -r <remote> -b gh-pages --dotfiles -u … -m … (gh-pages {NpmTools.Version(context, "gh-pages")}, its clone cached in CACHE_DIR between runs)",
                Note = mismatch ?? (ghPagesRatio < 1 ? null : Formatting.Invariant($"Missed at {ghPagesRatio:0.00}×. ")
                    + "gh-pages copies the whole folder into its cached clone and commits with git add; see B5.1 for where Liftoff's time goes."),
            },
        ];
    }

    private static async Task PublishWithPlumbingAsync(
        string repository, string remote, string folder, IReadOnlyDictionary<string, string?> environment, string message, string scratch)
    {
        var git = new Dictionary<string, string?>(environment) { ["GIT_DIR"] = repository };
        var tracking = "refs/remotes/pages/" + Branch;
        string? tip = null;
        var remoteTip = await TimedProcess.RunAsync("git", ["ls-remote", remote, "refs/heads/" + Branch], scratch, git, keepOutput: true);
        if (remoteTip.Output.Length > 0)
        {
            await TimedProcess.RunAsync("git", ["fetch", "--quiet", "--no-tags", remote, $"+refs/heads/{Branch}:{tracking}"], scratch, git);
            tip = (await TimedProcess.RunAsync("git", ["rev-parse", tracking], scratch, git, keepOutput: true)).Output.Trim();
        }

        var index = Path.Combine(scratch, "plumbing-index");
        File.Delete(index);
        var withIndex = new Dictionary<string, string?>(git) { ["GIT_INDEX_FILE"] = index, ["GIT_WORK_TREE"] = folder };
        await TimedProcess.RunAsync("git", ["add", "-A", "."], folder, withIndex);
        var tree = (await TimedProcess.RunAsync("git", ["write-tree"], folder, withIndex, keepOutput: true)).Output.Trim();
        string[] commitTree = tip is null ? ["commit-tree", tree, "-m", message] : ["commit-tree", tree, "-p", tip, "-m", message];
        var commit = (await TimedProcess.RunAsync("git", commitTree, scratch, git, keepOutput: true)).Output.Trim();
        await TimedProcess.RunAsync("git", ["push", "--quiet", remote, $"{commit}:refs/heads/{Branch}"], scratch, git);
    }

    // The three remotes must end on the same tree, or the comparison compared different work; null when they do.
    private static async Task<string?> CompareTreesAsync(string[] remotes, IReadOnlyDictionary<string, string?> environment, string scratch)
    {
        var trees = new List<string>();
        foreach (var remote in remotes)
        {
            var git = new Dictionary<string, string?>(environment) { ["GIT_DIR"] = remote };
            trees.Add((await TimedProcess.RunAsync("git", ["rev-parse", $"refs/heads/{Branch}^{{tree}}"], scratch, git, keepOutput: true)).Output.Trim());
        }

        return trees.Distinct(StringComparer.Ordinal).Count() == 1
            ? null
            : $"The tools published different trees, so this compares different work: {string.Join(", ", remotes.Zip(trees, (r, t) => $"{Path.GetFileName(r)} {t}"))}.";
    }

    // No system or user git config, and a fixed identity, so a developer's hooks or signing never change a figure.
    private static Dictionary<string, string?> GitEnvironment(string scratch)
    {
        var config = Path.Combine(scratch, "gitconfig");
        File.WriteAllText(config, "[user]\n\tname = Liftoff Bench\n\temail = bench@liftoff.invalid\n[commit]\n\tgpgsign = false\n[init]\n\tdefaultBranch = main\n");
        return new Dictionary<string, string?>
        {
            ["GIT_CONFIG_GLOBAL"] = config,
            ["GIT_CONFIG_NOSYSTEM"] = "1",
            ["GIT_AUTHOR_NAME"] = "Liftoff Bench",
            ["GIT_AUTHOR_EMAIL"] = "bench@liftoff.invalid",
            ["GIT_COMMITTER_NAME"] = "Liftoff Bench",
            ["GIT_COMMITTER_EMAIL"] = "bench@liftoff.invalid",
        };
    }
}

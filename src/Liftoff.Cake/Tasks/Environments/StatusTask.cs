using System.Globalization;
using Cake.Core;
using Liftoff.Cake.Deploy;
using Liftoff.Cake.Engine;
using Liftoff.Deploy.Promotion;
using Liftoff.Diagnostics;
using Liftoff.Git;
using Liftoff.Records.Ledger;
using Spectre.Console;

namespace Liftoff.Cake.Tasks.Environments;

/// <summary>
/// <c>Status</c>: what runs in each environment now according to the ledger, who holds a lock, and how many commits
/// the release branch is ahead of the last environment's commit.
/// </summary>
[TaskName("Status")]
[TaskDescription("Prints what runs in each environment now (from the ledger), the locks, and how far main is ahead of production.")]
public sealed class StatusTask(EnvironmentServices services, IGitClientFactory git, IConsole console) : AsyncBuildTask
{
    /// <inheritdoc />
    public override async Task RunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var records = await services.Ledger(context).ReadAllAsync().ConfigureAwait(false);
        var locks = services.Locks(context);
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Environment").AddColumn("Version").AddColumn("State").AddColumn("Since (UTC)").AddColumn("Commit").AddColumn("Lock");
        foreach (var environment in services.Options.Environments.Values)
        {
            var current = LedgerQueries.Current(records, environment.Name);
            var held = await locks.InspectAsync(environment.Name).ConfigureAwait(false);
            table.AddRow(
                Cell(environment.Name),
                Cell(current?.Version ?? "-"),
                Cell(current is null ? "nothing deployed" : PromotionCheck.Kebab(current.Outcome)),
                Cell(current?.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? ""),
                Cell(current?.Commit is { Length: > 7 } commit ? commit[..7] : ""),
                Cell(held is null ? "" : $"{held.Holder.User}@{held.Holder.Host}{(held.IsStale ? " (stale)" : "")}"));
        }

        console.Write(PlainText.Render(table));
        console.WriteLine(await AheadAsync(context, records).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public override Task DryRunAsync(ICakeContext context) => RunAsync(context);

    private async Task<string> AheadAsync(ICakeContext context, IReadOnlyList<DeploymentRecord> records)
    {
        var last = services.Options.Environments.Values.LastOrDefault();
        if (last is null || LedgerQueries.Current(records, last.Name)?.Commit is not { } deployed)
        {
            return "No commit is recorded for the last environment yet.";
        }

        var client = git.Create(EnvironmentServices.Working(context));
        var failures = new List<string>();
        foreach (var branch in services.Options.Release.Branches.DefaultIfEmpty("main"))
        {
            try
            {
                var count = 0;
                await foreach (var _ in client.CommitsAsync(deployed, branch).ConfigureAwait(false))
                {
                    count++;
                }

                return string.Create(CultureInfo.InvariantCulture, $"{branch} is {count} commit{(count == 1 ? "" : "s")} ahead of {last.Name} ({deployed[..Math.Min(7, deployed.Length)]}).");
            }
            catch (LiftoffException error)
            {
                // The first release branch that exists here answers (main, or master in older repositories).
                failures.Add($"{branch}: {error.Message}");
            }
        }

        return $"Cannot count the commits ahead of {last.Name} ({deployed}): {string.Join("; ", failures)}";
    }

    private static Markup Cell(string text) => new(Markup.Escape(text));
}

using Cake.Core;
using Liftoff.Cake.Deploy;
using Liftoff.Cake.Engine;
using Liftoff.Records.Ledger;

namespace Liftoff.Cake.Tasks.Environments;

/// <summary><c>Ledger</c>: the deployment history of every environment, one table each, newest first.</summary>
[TaskName("Ledger")]
[TaskDescription("Prints the deployment ledger: every deploy, validation, failure and rollback, per environment.")]
public sealed class LedgerTask(EnvironmentServices services, IConsole console) : AsyncBuildTask
{
    /// <inheritdoc />
    public override async Task RunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var records = await services.Ledger(context).ReadAllAsync().ConfigureAwait(false);
        var names = services.Options.Environments.Keys
            .Concat(records.Select(r => r.Environment))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var history = LedgerQueries.History(records, name);
            console.WriteLine("{0} ({1} record{2})", name, history.Count, history.Count == 1 ? "" : "s");
            console.Write(history.Count == 0 ? "  nothing deployed yet\n" : PlainText.Render(LedgerTable.Build(history), 160));
            console.WriteLine();
        }
    }

    /// <inheritdoc />
    public override Task DryRunAsync(ICakeContext context) => RunAsync(context);
}

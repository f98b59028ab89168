using Cake.Core;
using Liftoff.Cake.Deploy;
using Liftoff.Cake.Journal;
using Liftoff.Cake.Tasks;
using Liftoff.Cake.Tasks.Environments;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Tests.Journal;

/// <summary>
/// Validates production with the shipped task
/// and, when that fails, rolls it back with the shipped task in the same run, then fails the run as the validation did.
/// The journal hooks are the shipped tasks' own.
/// </summary>
[TaskName("Validate-Or-Rollback-Production")]
[TaskDescription("Test only: Validate-Production, and Rollback-Production when it fails.")]
public sealed class ValidateOrRollbackTask(
    EnvironmentServices services, EnvironmentValidator validator, EnvironmentRollback rollback, IRunJournal journal) : AsyncBuildTask
{
    public override async Task RunAsync(ICakeContext context)
    {
        try
        {
            await new ValidateEnvironmentTask(services, validator, journal, "production").RunAsync(context);
        }
        catch (LiftoffException)
        {
            await new RollbackEnvironmentTask(services, rollback, "production").RunAsync(context);
            throw;
        }
    }
}

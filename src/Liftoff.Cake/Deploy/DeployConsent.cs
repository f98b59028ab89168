using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Configuration;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Deploy;

/// <summary>
/// The yes a protected environment needs, asked at most once per run. <c>--yes</c> gives it; on a terminal the person
/// is asked; without one (or with <c>CI=true</c>) only <c>confirm: false</c> in the configuration lets the deploy go on.
/// </summary>
public sealed class DeployConsent(IConfirmation confirmation)
{
    private readonly HashSet<string> _given = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Returns when <paramref name="environment"/> may be deployed to; throws when it may not.</summary>
    /// <param name="context">The run.</param>
    /// <param name="environment">The environment.</param>
    /// <param name="what">What is deployed, as the question names it (an artifact, or the release this run makes).</param>
    /// <param name="consequence">What has already happened or will happen, for the refusal's message.</param>
    public async Task ConfirmAsync(ICakeContext context, EnvironmentOptions environment, string what, string consequence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(environment);
        if (!environment.Protected || DeployArguments.Flag(context, "yes") || _given.Contains(environment.Name))
        {
            return;
        }

        var ci = string.Equals(context.Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (ci || !confirmation.IsInteractive)
        {
            if (!environment.Confirm)
            {
                context.Log.Information("{0} is protected; environments.{0}.confirm is false, so no confirmation is asked", environment.Name);
                _given.Add(environment.Name);
                return;
            }

            throw new LiftoffException(DiagnosticCodes.ConfirmationRefused, ExitCodes.BadInput,
                $"{environment.Name} is protected and {(ci ? "CI=true" : "there is no terminal to ask on")}: pass --yes to confirm the deploy of {what} " +
                $"(or set environments.{environment.Name}.confirm to false). {consequence}");
        }

        if (!await confirmation.AskAsync($"Deploy {what} to {environment.Name}?").ConfigureAwait(false))
        {
            throw new LiftoffException(DiagnosticCodes.ConfirmationRefused, ExitCodes.TaskFailed,
                $"the deploy of {what} to {environment.Name} was not confirmed. {consequence}");
        }

        _given.Add(environment.Name);
    }
}

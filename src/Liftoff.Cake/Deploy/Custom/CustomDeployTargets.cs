using System.Globalization;
using Liftoff.Deploy;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Deploy;

/// <summary>The deploy targets registered with <c>AddDeployTarget</c>, found by the environment's <c>target.kind</c>.</summary>
internal sealed class CustomDeployTargets(IServiceProvider services, IEnumerable<DeployTargetRegistration> registrations)
{
    public IDeployTarget Create(DeployTargetRequest request)
    {
        var environment = request.Environment;
        var kind = environment.Target.Kind?.Trim() ?? "";
        var known = registrations.ToList();
        var matches = known.Where(registration => string.Equals(registration.Kind, kind, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 1)
        {
            return matches[0].Create(services, request);
        }

        if (matches.Count > 1)
        {
            throw new LiftoffException(DiagnosticCodes.CustomTargetRegistrationInvalid, ExitCodes.ConfigurationInvalid, string.Create(
                CultureInfo.InvariantCulture,
                $"the deploy target kind '{kind}' (environments.{environment.Name}.target.kind) was registered {matches.Count} times with AddDeployTarget; register each kind once"));
        }

        var registered = known.Count == 0
            ? "none is registered: call services.AddDeployTarget<YourTarget>(\"kind\") in the build project"
            : "registered: " + string.Join(", ", known.Select(registration => registration.Kind).Order(StringComparer.OrdinalIgnoreCase));
        throw new LiftoffException(DiagnosticCodes.CustomTargetUnknown, ExitCodes.ConfigurationInvalid, string.Create(
            CultureInfo.InvariantCulture,
            $"environments.{environment.Name}.target.kind is '{kind}', which no AddDeployTarget registered ({registered})"));
    }
}

using System.Globalization;
using System.Text;

namespace Liftoff.TestSupport.GitHub.Wire;

/// <summary>
/// GraphQL node ids in GitHub's current shape (<c>RE_…</c> for a release, <c>RA_…</c> for an asset). Octokit only
/// carries them, so they need to be stable and distinct rather than decodable.
/// </summary>
internal static class NodeIds
{
    public static string For(string prefix, object key) =>
        $"{prefix}_{Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{prefix}:{key}")))}";
}

using Cake.Core.Diagnostics;

namespace Build.Demo;

/// <summary>A heading in the demo's output, so each scenario and the summary are easy to find in a long log.</summary>
internal static class DemoBanner
{
    public static void Print(ICakeLog log, string title)
    {
        log.Information("");
        log.Information("════ {0} {1}", title, new string('═', Math.Max(3, 100 - title.Length)));
    }
}

using Liftoff.Configuration;

namespace Liftoff.Building;

/// <summary>Checks the artifact's sizes against <c>build.budgetKilobytes</c>, <c>build.gzipBudgetKilobytes</c> and <c>build.budgets</c>.</summary>
public static class SizeBudgets
{
    /// <summary>Measures the totals and every glob budget.</summary>
    public static CheckPart Check(IReadOnlyList<FileSize> files, BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        long raw = files.Sum(f => f.Raw), gzip = files.Sum(f => f.Gzip);
        var measured = Describe(raw, options.BudgetKilobytes, "") + " · " + Describe(gzip, options.GzipBudgetKilobytes, " gzip");
        Compare("the artifact", raw, options.BudgetKilobytes, "build.budgetKilobytes", problems);
        Compare("the artifact gzipped", gzip, options.GzipBudgetKilobytes, "build.gzipBudgetKilobytes", problems);
        for (var i = 0; i < options.Budgets.Count; i++)
        {
            var budget = options.Budgets[i];
            var glob = new GlobPattern(budget.Glob);
            var matched = files.Where(f => glob.IsMatch(f.Path)).ToList();
            var label = $"'{budget.Glob}' ({matched.Count} file(s))";
            Compare(label, matched.Sum(f => f.Raw), budget.Kilobytes, $"build.budgets[{i}].kilobytes", problems);
            Compare(label + " gzipped", matched.Sum(f => f.Gzip), budget.GzipKilobytes, $"build.budgets[{i}].gzipKilobytes", problems);
        }

        return new CheckPart(measured, problems);
    }

    private static string Describe(long bytes, int budgetKilobytes, string suffix) =>
        budgetKilobytes > 0
            ? $"{FileSize.Format(bytes)}{suffix} (budget {FileSize.Format(budgetKilobytes * 1024L)})"
            : $"{FileSize.Format(bytes)}{suffix}";

    private static void Compare(string what, long bytes, int budgetKilobytes, string key, List<string> problems)
    {
        if (budgetKilobytes > 0 && bytes > budgetKilobytes * 1024L)
        {
            problems.Add($"{what} is {FileSize.Format(bytes)}, over its budget of {FileSize.Format(budgetKilobytes * 1024L)} ({key})");
        }
    }
}

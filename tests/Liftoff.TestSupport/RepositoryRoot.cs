namespace Liftoff.TestSupport;

/// <summary>Finds this repository's root from a test's output folder, for tests that run <c>./build.sh</c>.</summary>
public static class RepositoryRoot
{
    /// <summary>The nearest folder above the test assembly that holds <c>Release.sln</c>.</summary>
    public static string Path { get; } = Find(AppContext.BaseDirectory);

    private static string Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Release.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Release.sln above '{start}': tests must run from inside the repository.");
    }
}

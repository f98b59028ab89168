namespace Liftoff.TestSupport.TestApp;

/// <summary>
/// Where the built <c>Liftoff.TestApp</c> is, and the start command a service slot runs it with. It is built with the
/// solution (and with any test project that references it); the configuration is the test assembly's own.
/// </summary>
public static class TestAppProcess
{
    /// <summary>The test app's assembly, for <c>dotnet &lt;dll&gt;</c>.</summary>
    /// <exception cref="FileNotFoundException">Not built.</exception>
    public static string DllPath
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var dll = Path.Combine(RepositoryRoot.Path, "tests", "Liftoff.TestApp", "bin", configuration, "net10.0", "Liftoff.TestApp.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException(
                $"the test app is not built; run 'dotnet build tests/Liftoff.TestApp -c {configuration}' (the solution build does it)", dll);
        }
    }

    /// <summary>
    /// The start command of a slot: runs the test app on <c>{port}</c> from the extracted artifact <c>{release}</c>,
    /// which carries the marker and (in <c>testapp.json</c>) the version's misbehaviour. <c>exec</c> makes the app
    /// the slot's process group leader itself.
    /// </summary>
    public static string SlotStartCommand => $"exec dotnet '{DllPath}' --port {{port}} --release {{release}}";
}

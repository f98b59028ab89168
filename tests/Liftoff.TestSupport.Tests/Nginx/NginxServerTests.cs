using System.Diagnostics;
using System.Globalization;
using System.Net;
using Liftoff.TestSupport.Network;
using Liftoff.TestSupport.Nginx;
using Liftoff.TestSupport.Processes;
using Liftoff.TestSupport.Tests.Processes;

namespace Liftoff.TestSupport.Tests.Nginx;

// Real nginx: installed through apt-get when missing and running as root, otherwise these tests are skipped.
[Category("Nginx")]
public sealed class NginxServerTests
{
    private HttpClient _http = null!;

    [SetUp]
    public void SetUp() => _http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

    [TearDown]
    public void TearDown() => _http.Dispose();

    [Test]
    public async Task StartAsync_WorldReadableRoot_ServesFile()
    {
        // Given
        using var site = TempDirectory.Create("site", worldReadable: true);
        site.WriteFile("index.html", "<h1>hello from nginx</h1>\n");

        // When
        await using var nginx = await NginxServer.StartAsync(site.Path);
        using var response = await _http.GetAsync(nginx.BaseUri);

        // Then
        Assert.Multiple(async () =>
        {
            Assert.That(OperatingSystem.IsWindows() ? "n/a" : Convert.ToString((int)File.GetUnixFileMode(site.Path), 8), Is.EqualTo("755"));
            Assert.That(nginx.BaseUri.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("<h1>hello from nginx</h1>\n"));
        });
    }

    [Test]
    public async Task StartAsync_CurrentSymlinkSwitchedByRename_NextRequestSeesNewRelease()
    {
        // Given a releases directory, as the deploy target lays it out
        using var site = TempDirectory.Create("releases", worldReadable: true);
        site.WriteFile("releases/1.0.0/index.html", "one");
        site.WriteFile("releases/2.0.0/index.html", "two");
        var current = site.Combine("current");
        await SwitchSymlinkAsync(current, site.Combine("releases", "1.0.0"));
        await using var nginx = await NginxServer.StartAsync(current);
        var before = await _http.GetStringAsync(nginx.BaseUri);

        // When the link is replaced atomically
        await SwitchSymlinkAsync(current, site.Combine("releases", "2.0.0"));
        var after = await _http.GetStringAsync(nginx.BaseUri);

        // Then
        Assert.That(before, Is.EqualTo("one"));
        Assert.That(after, Is.EqualTo("two"));
        Assert.That(File.ResolveLinkTarget(current, returnFinalTarget: false)?.FullName, Is.EqualTo(site.Combine("releases", "2.0.0")));
    }

    [Test]
    public async Task ReloadAsync_IncludedFileRewritten_ServesNewConfig()
    {
        // Given a slot file included by the server block, as blue-green switching rewrites it
        using var site = TempDirectory.Create("site", worldReadable: true);
        var slot = site.WriteFile("slot.conf", "location = /slot { return 200 \"blue\"; }\n");
        await using var nginx = await NginxServer.StartAsync(site.Path, new NginxOptions { ServerConfig = $"include \"{slot}\";" });
        var before = await _http.GetStringAsync(new Uri(nginx.BaseUri, "slot"));

        // When
        await File.WriteAllTextAsync(slot, "location = /slot { return 200 \"green\"; }\n");
        var stopwatch = Stopwatch.StartNew();
        await nginx.ReloadAsync();
        TestContext.Out.WriteLine($"reload took {stopwatch.ElapsedMilliseconds} ms");

        // Then
        Assert.That(before, Is.EqualTo("blue"));
        Assert.That(await _http.GetStringAsync(new Uri(nginx.BaseUri, "slot")), Is.EqualTo("green"));
    }

    [Test]
    public async Task ReloadAsync_InvalidConfig_ThrowsAndKeepsServing()
    {
        using var site = TempDirectory.Create("site", worldReadable: true);
        site.WriteFile("index.html", "still here");
        var slot = site.WriteFile("slot.conf", "# empty\n");
        await using var nginx = await NginxServer.StartAsync(site.Path, new NginxOptions { ServerConfig = $"include \"{slot}\";" });

        await File.WriteAllTextAsync(slot, "not_a_directive on;\n");

        Assert.That(async () => await nginx.ReloadAsync(), Throws.TypeOf<ProcessFailedException>().With.Message.Contains("unknown directive"));
        Assert.That(await _http.GetStringAsync(nginx.BaseUri), Is.EqualTo("still here"));
    }

    [Test]
    public async Task StartAsync_InvalidServerConfig_ThrowsWithNginxReason()
    {
        using var site = TempDirectory.Create("site", worldReadable: true);
        // Skip first: inside Assert.That(..., Throws) the skip would be caught and reported as a wrong exception.
        await NginxLocator.RequireAsync();
        // Other test runs on this machine may have their own nginx up: only a new one is a leftover of this start.
        var before = (await NginxLeftovers()).Split('\n');

        Assert.That(
            async () => await NginxServer.StartAsync(site.Path, new NginxOptions { ServerConfig = "not_a_directive on;" }),
            Throws.InvalidOperationException.With.Message.Contains("unknown directive \"not_a_directive\""));
        Assert.That((await NginxLeftovers()).Split('\n').Except(before).Where(line => line.Length > 0), Is.Empty);
    }

    [Test]
    public async Task StartAsync_PrivateRootAsRoot_Gives403BecauseWorkersAreUnprivileged()
    {
        // Documents the trap in DESIGN.md: a 0700 temp folder is unreadable by nginx's workers.
        if (Environment.UserName != "root")
        {
            Assert.Ignore("only meaningful as root: otherwise the workers run as the test's own user");
        }

        using var site = TempDirectory.Create("private");
        site.WriteFile("index.html", "secret");
        await using var nginx = await NginxServer.StartAsync(site.Path);

        using var response = await _http.GetAsync(nginx.BaseUri);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task DisposeAsync_RunningServer_StopsMasterAndWorkersAndDeletesPrefix()
    {
        using var site = TempDirectory.Create("site", worldReadable: true);
        site.WriteFile("index.html", "bye");
        var nginx = await NginxServer.StartAsync(site.Path);
        var master = int.Parse((await File.ReadAllTextAsync(nginx.Config.PidPath)).Trim(), CultureInfo.InvariantCulture);
        var workers = (await ProcessRunner.RunAsync("pgrep", ["-P", master.ToString(CultureInfo.InvariantCulture)])).StdOut
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(pid => int.Parse(pid, CultureInfo.InvariantCulture))
            .ToList();

        await nginx.DisposeAsync();

        Assert.That(workers, Is.Not.Empty);
        foreach (var pid in workers.Prepend(master))
        {
            Assert.That(await ProcessProbe.IsGoneWithinAsync(pid, TimeSpan.FromSeconds(5)), Is.True, $"nginx process {pid} survived");
        }

        Assert.That(Directory.Exists(nginx.Config.PrefixDirectory), Is.False);
        Assert.That(await FreePort.IsListeningAsync(nginx.Port), Is.False);
    }

    // The way the releases-directory target switches: a new link under a temporary name, renamed over the old one.
    // rename(2) replaces the link itself atomically, so a request sees either the old release or the new one.
    // Not File.Move: it follows the link, finds a directory, and throws FileNotFoundException. mv -T renames the link.
    private static async Task SwitchSymlinkAsync(string link, string target)
    {
        var temporary = link + ".next";
        File.CreateSymbolicLink(temporary, target);
        (await ProcessRunner.RunAsync("mv", ["-T", "-f", temporary, link])).EnsureSuccess();
    }

    private static async Task<string> NginxLeftovers() =>
        (await ProcessRunner.RunAsync("sh", ["-c", "pgrep -a nginx | grep liftoff-test- || true"])).StdOut.Trim();
}

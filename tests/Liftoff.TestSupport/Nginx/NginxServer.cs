using System.Diagnostics;
using Liftoff.TestSupport.Network;
using Liftoff.TestSupport.Processes;

namespace Liftoff.TestSupport.Nginx;

/// <summary>
/// A real nginx serving a folder on 127.0.0.1, for deploy tests. It runs in the foreground with its own config,
/// pid, logs and temp paths in a temp prefix folder, and is stopped (its whole process tree) on dispose.
/// </summary>
/// <remarks>
/// nginx workers run as an unprivileged user (www-data or nobody), so the served folder and every folder above it
/// must be world-readable: create it with <c>TempDirectory.Create(worldReadable: true)</c>. A 0700 folder, as
/// <c>mktemp -d</c> makes, gives 403 Forbidden.
/// When nginx is missing and cannot be installed, <see cref="StartAsync"/> marks the test skipped.
/// </remarks>
public sealed class NginxServer : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ReloadTimeout = TimeSpan.FromSeconds(15);

    private readonly string _binary;
    private readonly TempDirectory _prefix;
    private readonly RunningProcess _master;

    private NginxServer(string binary, TempDirectory prefix, NginxConfig config, RunningProcess master)
    {
        _binary = binary;
        _prefix = prefix;
        _master = master;
        Config = config;
        BaseUri = new Uri($"http://127.0.0.1:{config.Port}/");
    }

    /// <summary>The server's address, for example <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The loopback port.</summary>
    public int Port => Config.Port;

    /// <summary>The config in use, with the paths of the config file, pid file and logs.</summary>
    public NginxConfig Config { get; }

    /// <summary>The nginx binary.</summary>
    public string Binary => _binary;

    /// <summary>
    /// Starts nginx serving <paramref name="rootDirectory"/> and waits until it accepts connections. Installs nginx
    /// first when needed and possible (see <see cref="NginxLocator"/>); otherwise marks the test skipped.
    /// </summary>
    /// <exception cref="InvalidOperationException">nginx exited at start; the message holds its error log.</exception>
    /// <exception cref="TimeoutException">nginx did not listen within <see cref="NginxOptions.StartTimeout"/>.</exception>
    public static async Task<NginxServer> StartAsync(
        string rootDirectory, NginxOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rootDirectory);
        options ??= new NginxOptions();
        var binary = await NginxLocator.RequireAsync(cancellationToken);
        var workerUser = await NginxLocator.IsRootAsync(cancellationToken) ? NginxWorkerUser.Detect() : null;

        // Another process can take a free port between FreePort.Next and nginx's bind; try a fresh one then.
        var attempts = options.Port is null ? 3 : 1;
        for (var attempt = 1; ; attempt++)
        {
            var prefix = TempDirectory.Create("nginx", worldReadable: true);
            var config = new NginxConfig(prefix.Path, options.Port ?? FreePort.Next(), Path.GetFullPath(rootDirectory))
            {
                WorkerUser = workerUser,
                MimeTypesPath = NginxConfig.KnownMimeTypesPaths.FirstOrDefault(File.Exists),
                HttpConfig = options.HttpConfig,
                ServerConfig = options.ServerConfig,
            };
            await File.WriteAllTextAsync(config.ConfigPath, config.Render(), cancellationToken);
            var master = ProcessRunner.Start(Command(binary, config));
            var server = new NginxServer(binary, prefix, config, master);
            try
            {
                await server.WaitUntilListeningAsync(options.StartTimeout, cancellationToken);
                return server;
            }
            catch (InvalidOperationException exception) when (attempt < attempts && exception.Message.Contains("Address already in use", StringComparison.Ordinal))
            {
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Checks the config with <c>nginx -t</c>.</summary>
    /// <exception cref="ProcessFailedException">The config is invalid; the message holds nginx's explanation.</exception>
    public async Task TestConfigAsync(CancellationToken cancellationToken = default) =>
        (await ProcessRunner.RunAsync(Command(_binary, Config, "-t"), cancellationToken)).EnsureSuccess();

    /// <summary>
    /// Re-reads the config (and any files it includes) gracefully, as a blue-green switch does: checks it with
    /// <c>nginx -t</c>, sends <c>nginx -s reload</c>, and returns once the new worker serves and the old one has
    /// stopped accepting connections. In-flight requests finish on the old worker.
    /// </summary>
    /// <exception cref="ProcessFailedException">The new config is invalid; the old one keeps serving.</exception>
    /// <exception cref="InvalidOperationException">The master rejected the new config.</exception>
    /// <exception cref="TimeoutException">The reload did not complete in time.</exception>
    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await TestConfigAsync(cancellationToken);
        var logOffset = new FileInfo(Config.ErrorLogPath).Length;
        (await ProcessRunner.RunAsync(Command(_binary, Config, "-s", "reload"), cancellationToken)).EnsureSuccess();

        // The master logs at notice level: "reconfiguring", then the new "start worker process", then the old
        // worker's "gracefully shutting down", right before it closes its listening socket.
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var log = ReadErrorLog(logOffset);
            if (log.Contains("[emerg]", StringComparison.Ordinal) || log.Contains("[alert]", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"nginx rejected the reload:{Environment.NewLine}{log}");
            }

            if (log.Contains("reconfiguring", StringComparison.Ordinal)
                && log.Contains("start worker process", StringComparison.Ordinal)
                && log.Contains("gracefully shutting down", StringComparison.Ordinal))
            {
                return;
            }

            if (waited.Elapsed > ReloadTimeout)
            {
                throw new TimeoutException($"nginx did not finish reloading within {ReloadTimeout.TotalSeconds} s:{Environment.NewLine}{log}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        }
    }

    /// <summary>The error log (starting at byte <paramref name="fromOffset"/>), for assertions and failure messages.</summary>
    public string ReadErrorLog(long fromOffset = 0)
    {
        using var stream = new FileStream(Config.ErrorLogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        stream.Seek(Math.Min(fromOffset, stream.Length), SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Stops nginx: SIGQUIT to the master for a graceful stop (the master then reaps its workers, so none is left
    /// behind), a kill of the whole process tree if it is still there after five seconds, then deletes the prefix.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        // A signal, not 'nginx -s quit': that re-reads the config first and fails when a test has just broken it.
        if (!_master.HasExited)
        {
            try
            {
                await _master.SignalAsync("QUIT");
                await _master.WaitForExitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception exception) when (exception is ProcessFailedException or TimeoutException)
            {
                // Exited meanwhile, or a request still in flight keeps a worker busy; the kill below ends it.
            }
        }

        await _master.DisposeAsync();
        _prefix.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => $"nginx at {BaseUri} serving {Config.RootDirectory}";

    // -e matters on Debian: without it nginx opens /var/log/nginx/error.log before it reads the config, and fails
    // when that is not writable. -p keeps every relative path inside the prefix.
    private static ProcessSpec Command(string binary, NginxConfig config, params string[] extra) =>
        new(binary, ["-p", config.PrefixDirectory + "/", "-c", config.ConfigPath, "-e", config.ErrorLogPath, .. extra])
        {
            WorkingDirectory = config.PrefixDirectory,
            Timeout = CommandTimeout,
        };

    private async Task WaitUntilListeningAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        // Race the port against the master's exit, so a bad config fails at once with nginx's reason.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var listening = FreePort.WaitForPortAsync(Port, timeout, stop.Token);
        var exited = _master.WaitForExitAsync(Timeout.InfiniteTimeSpan, stop.Token);
        var first = await Task.WhenAny(listening, exited);
        await stop.CancelAsync();
        if (first == exited && _master.HasExited)
        {
            throw new InvalidOperationException(
                $"nginx exited with code {_master.ExitCode} at start.{Environment.NewLine}{ReadErrorLogSafely()}{Environment.NewLine}{_master}");
        }

        await first;
    }

    private string ReadErrorLogSafely() => File.Exists(Config.ErrorLogPath) ? ReadErrorLog() : "(no error log)";
}

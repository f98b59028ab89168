using System.Globalization;
using System.Text;

namespace Liftoff.TestSupport.Nginx;

/// <summary>
/// The nginx.conf of one test server. Everything nginx writes (pid, logs, temp bodies) stays in
/// <see cref="PrefixDirectory"/>, it listens on 127.0.0.1 only, and it runs in the foreground under the test's control.
/// </summary>
/// <param name="PrefixDirectory">The folder for the config, pid, logs and temp paths.</param>
/// <param name="Port">The loopback port to listen on.</param>
/// <param name="RootDirectory">The folder served at <c>/</c>; must be world-readable (see <see cref="NginxServer"/>).</param>
public sealed record NginxConfig(string PrefixDirectory, int Port, string RootDirectory)
{
    /// <summary>Where Debian, Alpine and Homebrew's nginx keep the MIME map, tried in order.</summary>
    public static readonly IReadOnlyList<string> KnownMimeTypesPaths =
        ["/etc/nginx/mime.types", "/usr/local/etc/nginx/mime.types", "/opt/homebrew/etc/nginx/mime.types"];

    /// <summary>The <c>user</c> directive's value (for example <c>www-data www-data</c>); only meaningful as root.</summary>
    public string? WorkerUser { get; init; }

    /// <summary>A mime.types file to include; when null, a few common types are written inline.</summary>
    public string? MimeTypesPath { get; init; }

    /// <summary>Extra directives for the <c>http</c> block.</summary>
    public string? HttpConfig { get; init; }

    /// <summary>Extra directives for the <c>server</c> block.</summary>
    public string? ServerConfig { get; init; }

    /// <summary>The config file.</summary>
    public string ConfigPath => Path.Combine(PrefixDirectory, "nginx.conf");

    /// <summary>The master's pid file, which <c>nginx -s</c> reads.</summary>
    public string PidPath => Path.Combine(PrefixDirectory, "nginx.pid");

    /// <summary>The error log, at <c>notice</c> level so reloads can be followed in it.</summary>
    public string ErrorLogPath => Path.Combine(PrefixDirectory, "error.log");

    /// <summary>The access log.</summary>
    public string AccessLogPath => Path.Combine(PrefixDirectory, "access.log");

    /// <summary>Renders the config text.</summary>
    public string Render()
    {
        var conf = new StringBuilder();
        conf.Append("# Written by Liftoff.TestSupport for one test server.\n");
        // In the foreground, so the test owns the master process and can kill its tree.
        conf.Append("daemon off;\nmaster_process on;\nworker_processes 1;\n");
        if (WorkerUser is not null)
        {
            // The compiled-in default, nobody:nobody, fails on Debian, which has no 'nobody' group.
            Line(conf, 0, $"user {WorkerUser};");
        }

        Line(conf, 0, $"pid {Quote(PidPath)};");
        Line(conf, 0, $"error_log {Quote(ErrorLogPath)} notice;");
        conf.Append("events {\n    worker_connections 1024;\n}\n");
        conf.Append("http {\n");
        if (MimeTypesPath is not null)
        {
            Line(conf, 1, $"include {Quote(MimeTypesPath)};");
            Line(conf, 1, "types_hash_max_size 2048;");
        }
        else
        {
            conf.Append("    types {\n        text/html html htm;\n        text/plain txt;\n        text/css css;\n")
                .Append("        application/javascript js;\n        application/json json;\n        image/svg+xml svg;\n    }\n");
        }

        Line(conf, 1, "default_type application/octet-stream;");
        Line(conf, 1, $"access_log {Quote(AccessLogPath)};");
        foreach (var kind in new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" })
        {
            Line(conf, 1, $"{kind}_temp_path {Quote(Path.Combine(PrefixDirectory, kind + "_temp"))};");
        }

        // No open-file cache: a 'current' symlink switched by rename must be seen by the very next request.
        Line(conf, 1, "open_file_cache off;");
        AppendBlock(conf, 1, HttpConfig);
        conf.Append("    server {\n");
        Line(conf, 2, string.Create(CultureInfo.InvariantCulture, $"listen 127.0.0.1:{Port};"));
        Line(conf, 2, "server_name localhost;");
        Line(conf, 2, $"root {Quote(RootDirectory)};");
        Line(conf, 2, "index index.html;");
        AppendBlock(conf, 2, ServerConfig);
        conf.Append("    }\n}\n");
        return conf.ToString();
    }

    private static void AppendBlock(StringBuilder conf, int depth, string? block)
    {
        if (string.IsNullOrWhiteSpace(block))
        {
            return;
        }

        foreach (var line in block.Trim().Split('\n'))
        {
            Line(conf, depth, line.TrimEnd());
        }
    }

    private static void Line(StringBuilder conf, int depth, string line) =>
        conf.Append(' ', depth * 4).Append(line).Append('\n');

    private static string Quote(string path) =>
        "\"" + path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

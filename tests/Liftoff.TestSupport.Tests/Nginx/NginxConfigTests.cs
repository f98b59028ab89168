using Liftoff.TestSupport.Nginx;

namespace Liftoff.TestSupport.Tests.Nginx;

public sealed class NginxConfigTests
{
    private static NginxConfig CreateSut() => new("/tmp/liftoff-test-nginx-x", 41234, "/srv/site/current");

    [Test]
    public void Render_Default_ListensOnLoopbackOnly()
    {
        var conf = CreateSut().Render();

        Assert.That(conf, Does.Contain("listen 127.0.0.1:41234;"));
        Assert.That(conf.Split('\n').Count(line => line.TrimStart().StartsWith("listen ", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public void Render_Default_KeepsEveryWrittenFileInThePrefix()
    {
        var conf = CreateSut().Render();

        Assert.Multiple(() =>
        {
            Assert.That(conf, Does.Contain("daemon off;"));
            Assert.That(conf, Does.Contain("pid \"/tmp/liftoff-test-nginx-x/nginx.pid\";"));
            Assert.That(conf, Does.Contain("error_log \"/tmp/liftoff-test-nginx-x/error.log\" notice;"));
            Assert.That(conf, Does.Contain("access_log \"/tmp/liftoff-test-nginx-x/access.log\";"));
            foreach (var kind in new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" })
            {
                Assert.That(conf, Does.Contain($"{kind}_temp_path \"/tmp/liftoff-test-nginx-x/{kind}_temp\";"));
            }

            Assert.That(conf, Does.Contain("root \"/srv/site/current\";"));
            Assert.That(conf, Does.Not.Contain("/var/log"));
        });
    }

    [Test]
    public void Render_NoMimeTypesFile_InlinesCommonTypes()
    {
        var conf = CreateSut().Render();

        Assert.That(conf, Does.Contain("text/html html htm;").And.Not.Contain("include"));
    }

    [Test]
    public void Render_MimeTypesFileAndWorkerUser_AreUsed()
    {
        var conf = (CreateSut() with { MimeTypesPath = "/etc/nginx/mime.types", WorkerUser = "www-data www-data" }).Render();

        Assert.That(conf, Does.Contain("include \"/etc/nginx/mime.types\";").And.Contain("user www-data www-data;"));
    }

    [Test]
    public void Render_ExtraConfig_GoesIntoTheHttpAndServerBlocks()
    {
        var conf = (CreateSut() with
        {
            HttpConfig = "upstream app {\n    server 127.0.0.1:5001;\n}",
            ServerConfig = "location /api/ {\n    proxy_pass http://app;\n}",
        }).Render();

        var upstream = conf.IndexOf("upstream app {", StringComparison.Ordinal);
        var server = conf.IndexOf("server {", StringComparison.Ordinal);
        var location = conf.IndexOf("location /api/ {", StringComparison.Ordinal);
        Assert.That(upstream, Is.GreaterThan(conf.IndexOf("http {", StringComparison.Ordinal)).And.LessThan(server));
        Assert.That(location, Is.GreaterThan(server));
        Assert.That(conf, Does.Contain("\n        location /api/ {\n            proxy_pass http://app;\n        }\n"));
    }
}

using System.Net;
using System.Net.Sockets;
using KnowledgeBase.Cli.Serve;
using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests.Serve;

/// <summary>
/// The server <c>kb serve</c> runs answers this machine's browser only: a page of another site that made its
/// name resolve to 127.0.0.1 (DNS rebinding) sends its own name as the host and must not read the drafts;
/// and a request path is decoded once, as HTTP says, so no encoding of it can make the server fail.
/// </summary>
public sealed class SiteServerTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private Microsoft.AspNetCore.Builder.WebApplication? _app;
    private int _port;

    public async Task InitializeAsync()
    {
        var site = _temp.Combine("site");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "index.html"), "<html><body><h1>Drafts too</h1></body></html>");
        File.WriteAllText(Path.Combine(site, "404.html"), "<html><body><h1>Not found</h1></body></html>");
        File.WriteAllText(Path.Combine(site, "%00"), "a file named %00");
        _port = FreePort();
        _app = SiteServer.Create(site, _port, new BuildStateFeed(), _stopping.Token);
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _stopping.Dispose();
        _temp.Dispose();
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{_port}{path}");
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    [InlineData("LOCALHOST")]
    public async Task Loopback_names_are_answered_with_or_without_the_port(string name)
    {
        using var withPort = await GetAsync("/", $"{name}:{_port}");
        using var without = await GetAsync("/", name);

        Assert.Equal(HttpStatusCode.OK, withPort.StatusCode);
        Assert.Equal(HttpStatusCode.OK, without.StatusCode);
        Assert.Contains("Drafts too", await withPort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/no-such-page/")]
    [InlineData(SiteServer.ScriptPath)]
    [InlineData(SiteServer.EventsPath)]
    public async Task Any_other_host_name_is_refused_before_anything_is_read(string path)
    {
        foreach (var host in new[] { "attacker.example", $"attacker.example:{_port}", "127.0.0.1.attacker.example", "localhost.attacker.example:80", "10.0.0.1" })
        {
            using var response = await GetAsync(path, host);

            Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
            Assert.DoesNotContain("Drafts too", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_path_is_decoded_once_so_percent_25_names_a_percent_sign()
    {
        using var encodedPercent = await GetAsync("/%2500");

        Assert.Equal(HttpStatusCode.OK, encodedPercent.StatusCode);
        Assert.Equal("a file named %00", await encodedPercent.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/%00")]
    [InlineData("/%2500%2500")]
    [InlineData("/a%00b/index.html")]
    [InlineData("/..%2f..%2fetc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    public async Task A_path_no_file_has_is_not_found_never_a_server_error(string path)
    {
        using var response = await GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{path}: {response.StatusCode}");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

using System.Net;
using System.Net.Sockets;

namespace KnowledgeBase.Cli.Tests.Support;

/// <summary>
/// Serves a folder on a free loopback port, as any static host would: folder URLs answer index.html,
/// unknown ones 404.html with status 404. For browser tests only; it binds 127.0.0.1 and nothing else.
/// </summary>
internal sealed class StaticServer : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css",
        [".js"] = "text/javascript",
        [".json"] = "application/json",
        [".xml"] = "application/xml",
        [".png"] = "image/png",
        [".svg"] = "image/svg+xml",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Task _loop;

    public StaticServer(string root)
    {
        _root = Path.GetFullPath(root);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath.TrimStart('/'));
            var file = Path.GetFullPath(Path.Combine(_root, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative));
            var found = file.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(file);
            var path = found ? file : Path.Combine(_root, "404.html");
            context.Response.StatusCode = found ? 200 : 404;
            context.Response.ContentType = Types.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            var bytes = await File.ReadAllBytesAsync(path);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}

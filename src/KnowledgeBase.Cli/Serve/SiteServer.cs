using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Cli.Serve;

/// <summary>
/// Answers the site's files from the folder the latest good build wrote, on 127.0.0.1 only. Every HTML
/// page gets the live-reload script on its way out (the files on disk never have it), and
/// <c>/_kb/events</c> streams the build state to open pages as server-sent events.
/// </summary>
public static class SiteServer
{
    public const string ScriptPath = "/_kb/live.js";
    public const string EventsPath = "/_kb/events";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static WebApplication Create(string siteFolder, int port, BuildStateFeed feed, CancellationToken stopping)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = siteFolder });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var root = Path.GetFullPath(siteFolder);
        var script = ReadScript();

        // Before any route: a request for another site's name is answered with nothing of this one.
        app.Use(async (context, next) =>
        {
            if (!LoopbackHost.IsAllowed(context.Request.Host))
            {
                context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
                await context.Response.WriteAsync("kb serve answers only to localhost, 127.0.0.1 and [::1].\n", context.RequestAborted);
                return;
            }

            await next(context);
        });
        app.MapGet(ScriptPath, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.Text(script, "text/javascript; charset=utf-8");
        });
        app.MapGet(EventsPath, (HttpContext context) => StreamStatesAsync(context, feed, stopping));
        // Everything else is a file of the site (a catch-all route, so the two above take precedence).
        app.MapFallback("{*path}", context => ServeFileAsync(context, root, feed));
        return app;
    }

    private static async Task StreamStatesAsync(HttpContext context, BuildStateFeed feed, CancellationToken stopping)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            while (true)
            {
                // Take the signal before reading the state, so a build that lands in between is not missed.
                var next = feed.NextAsync(cancel.Token);
                await context.Response.WriteAsync($"event: state\ndata: {ToJson(feed.Current)}\n\n", cancel.Token);
                await context.Response.Body.FlushAsync(cancel.Token);
                while (!next.IsCompleted)
                {
                    if (await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(15), cancel.Token)) != next)
                    {
                        // A comment line keeps proxies and the browser from closing an idle stream.
                        await context.Response.WriteAsync(": still here\n\n", cancel.Token);
                        await context.Response.Body.FlushAsync(cancel.Token);
                    }
                }

                await next;
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed, or the server is stopping.
        }
    }

    private static async Task ServeFileAsync(HttpContext context, string root, BuildStateFeed feed)
    {
        // The server has decoded the path once already, as HTTP says (decoding it again read '%2500' as a NUL
        // character). A NUL names no file, and the path functions refuse it.
        var relative = (context.Request.Path.Value ?? "/").TrimStart('/');
        var file = relative.Contains('\0', StringComparison.Ordinal) ? null : Path.GetFullPath(Path.Combine(root, relative));
        if (file is not null && Directory.Exists(file))
        {
            file = Path.Combine(file, "index.html");
        }

        var status = StatusCodes.Status200OK;
        if (file is null || !file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            status = StatusCodes.Status404NotFound;
            file = Path.Combine(root, "404.html");
            if (!File.Exists(file))
            {
                // No good build yet: a bare page that carries the script, so the findings still show.
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(InjectScript(NoSiteYet, feed.Current.Build), context.RequestAborted);
                return;
            }
        }

        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(file, context.RequestAborted);
        }
        catch (IOException)
        {
            // The site is being swapped for a newer build; the page reloads when that one is announced.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            content = Encoding.UTF8.GetBytes(InjectScript(Encoding.UTF8.GetString(content), feed.Current.Build));
        }

        await context.Response.Body.WriteAsync(content, context.RequestAborted);
    }

    private const string NoSiteYet =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>No site yet</title></head>" +
        "<body><main><h1>No site yet</h1><p>The knowledge base does not build yet; this page reloads when it does.</p></main></body></html>";

    /// <summary>The live-reload script goes just before <c>&lt;/body&gt;</c>, knowing which build it came from.</summary>
    public static string InjectScript(string html, int build)
    {
        var tag = $"<script src=\"{ScriptPath}\" data-kb-build=\"{build}\"></script>";
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + tag : html.Insert(end, tag);
    }

    public static string ToJson(BuildState state) => JsonSerializer.Serialize(new
    {
        build = state.Build,
        ok = state.Ok,
        errors = state.Errors.Select(d => new
        {
            path = d.Path,
            line = d.Position.Line,
            column = d.Position.Column,
            severity = d.IsError ? "error" : "warning",
            code = d.Code,
            message = d.Message,
        }),
    });

    private static string ReadScript()
    {
        using var stream = typeof(SiteServer).Assembly.GetManifestResourceStream("KnowledgeBase.Cli.Serve.live-reload.js")
            ?? throw new InvalidOperationException("the live-reload script is missing from the program");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KnowledgeBase.Cli.Serve;

namespace KnowledgeBase.Cli.Commands;

/// <summary>
/// <c>kb serve</c>: build, serve on 127.0.0.1, rebuild on every save and reload the open pages; a save
/// that does not build shows its findings over the page. Drafts are included: the postmortem being
/// written is usually one.
/// </summary>
internal static class ServeCommand
{
    public const int DefaultPort = 4000;

    public static Command Create(ConsoleContext console)
    {
        var input = CommonOptions.Input();
        var port = new Option<int>("--port", "-p")
        {
            Description = $"The port to listen on, on 127.0.0.1 only (default {DefaultPort}; 0 picks a free one).",
            DefaultValueFactory = _ => DefaultPort,
            HelpName = "N",
        };
        port.Validators.Add(result =>
        {
            // Read from the word typed: a port that is not a number has its own error, and GetValue would throw on it.
            if (result.Tokens is [var token] && int.TryParse(token.Value, CultureInfo.InvariantCulture, out var value) && value is < 0 or > 65535)
            {
                result.AddError($"'{result.IdentifierToken?.Value ?? port.Name}' must be between 0 and 65535, not '{token.Value}'");
            }
        });
        var open = new Option<bool>("--open")
        {
            Description = "Open the site in the default browser once it is served.",
        };
        var theme = CommonOptions.Theme();
        var config = CommonOptions.Config();
        var command = new Command("serve", "Build the site (drafts included) and serve it on 127.0.0.1; every save to a postmortem, kb.yml or the theme rebuilds what changed and reloads the open pages, and a save that does not build shows its findings over the page. Ctrl+C stops it.")
        {
            input, port, open, theme, config,
        };

        command.SetAction(async (parse, cancel) =>
        {
            var inputDir = parse.GetValue(input)!;
            if (CommonOptions.Resolve("serve", inputDir, parse.GetValue(theme), console, parse.GetValue(config)) is not { } resolved)
            {
                return 2;
            }

            return await ServeAsync(resolved, inputDir, parse.GetValue(port), parse.GetValue(open), console, cancel);
        });
        return command;
    }

    private static async Task<int> ServeAsync(Pipeline.BuildOptions resolved, string inputDir, int port, bool open, ConsoleContext console, CancellationToken cancel)
    {
        // The served site lives in a folder of its own, never in the input or in a site kb build wrote.
        var work = Path.Combine(Path.GetTempPath(), "kb-serve", Guid.NewGuid().ToString("N")[..12]);
        port = port == 0 ? FreePort() : port;
        // Absolute addresses (the 404 page's, the sitemap's) must lead to this server, not to base_url.
        var options = resolved with { OutputDirectory = Path.Combine(work, "site"), IncludeDrafts = true, BaseUrl = $"http://127.0.0.1:{port}/" };
        var feed = new BuildStateFeed();
        try
        {
            // Created empty, so the server has its folder even when the first build fails.
            try
            {
                Directory.CreateDirectory(options.OutputDirectory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine(
                    $"kb serve: cannot make a folder for the served site in '{Path.GetDirectoryName(work)}' ({TerminalText.Escape(ex.Message)}); set TMPDIR to a folder you can write");
                return 2;
            }

            using var rebuilder = new LiveRebuilder(options, inputDir, feed, console);
            rebuilder.Build();

            await using var app = SiteServer.Create(options.OutputDirectory, port, feed, cancel);
            try
            {
                await app.StartAsync(cancel);
            }
            catch (IOException ex)
            {
                console.Error.WriteLine($"kb serve: cannot listen on 127.0.0.1:{port} ({ex.Message}); choose another port with --port");
                return 2;
            }

            var url = app.Urls.FirstOrDefault()?.TrimEnd('/') + "/";
            console.Error.WriteLine($"kb serve: serving {inputDir} at {url} (Ctrl+C to stop)");
            if (open)
            {
                OpenBrowser(url, console);
            }

            await rebuilder.RunAsync(cancel);
            console.Error.WriteLine("kb serve: stopping");
            await app.StopAsync(CancellationToken.None);
            return 0;
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
        finally
        {
            TryDelete(work);
        }
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static void OpenBrowser(string url, ConsoleContext console)
    {
        var opener = OperatingSystem.IsWindows() ? "explorer" : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(opener, url) { UseShellExecute = false });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            console.Error.WriteLine($"kb serve: could not start a browser ({opener}); open {url} yourself");
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

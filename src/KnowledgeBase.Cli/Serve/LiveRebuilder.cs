using System.Diagnostics;
using System.Threading.Channels;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Incremental;
using KnowledgeBase.Output;
using KnowledgeBase.Pipeline;

namespace KnowledgeBase.Cli.Serve;

/// <summary>
/// Rebuilds the served site whenever the postmortems, kb.yml or the theme change, one build at a time.
/// A burst of file events (an editor saving through a temporary file) becomes one build. Renderings
/// of unchanged postmortems come from a cache kept in memory, so a save renders only the file saved.
/// A build that fails keeps the last good site and publishes its findings instead; nothing a user
/// writes can stop the server.
/// </summary>
public sealed class LiveRebuilder : IDisposable
{
    /// <summary>How long the folder must stay quiet before a build starts.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    private readonly BuildOptions _options;
    private readonly string _inputForMessages;
    private readonly BuildStateFeed _feed;
    private readonly ConsoleContext _console;
    private readonly BuildCache _cache = new();
    private readonly LiveSiteFolder _site;
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly List<FileSystemWatcher> _watchers = [];
    private int _build;

    /// <param name="options">Where to read and where the served site is written.</param>
    /// <param name="inputForMessages">The input folder as the user typed it, for the paths in messages.</param>
    public LiveRebuilder(BuildOptions options, string inputForMessages, BuildStateFeed feed, ConsoleContext console)
    {
        _options = options;
        _inputForMessages = inputForMessages;
        _feed = feed;
        _console = console;
        _site = new LiveSiteFolder(options.OutputDirectory!);
        Watch(options.InputDirectory);
        var input = Path.GetFullPath(options.InputDirectory) + Path.DirectorySeparatorChar;
        if (!Path.GetFullPath(options.ThemeDirectory).StartsWith(input, StringComparison.Ordinal))
        {
            Watch(options.ThemeDirectory);
        }

        // A settings file from elsewhere (--config): its folder is watched, but only its own saves count.
        if (options.ConfigFile is { } config && !Path.GetFullPath(config).StartsWith(input, StringComparison.Ordinal))
        {
            Watch(Path.GetDirectoryName(Path.GetFullPath(config))!, Path.GetFileName(config), includeSubdirectories: false);
        }
    }

    /// <summary>Builds now and publishes the outcome.</summary>
    public BuildState Build()
    {
        var watch = Stopwatch.StartNew();
        BuildResult result;
        try
        {
            result = new SiteBuilder(progress: null, _cache, _site).Run(_options);
        }
        catch (Exception ex) when (IsTheDisks(ex))
        {
            // A file vanishing mid-build (a save in progress) or a folder we cannot write: report, keep serving.
            var problem = new Diagnostic(".", SourcePosition.Start, DiagnosticSeverity.Error, "KB-SERVE", ex.Message);
            _console.Error.WriteLine($"kb serve: the build stopped: {TerminalText.Escape(ex.Message)}");
            return Publish(new BuildState(_build, Ok: false, [problem]));
        }

        DiagnosticPrinter.Print(result.Diagnostics, _inputForMessages, _console);
        var findings = SummaryLine.Findings(result.Errors, result.Warnings, watch.Elapsed);
        if (!result.Written)
        {
            SummaryLine.Write(_console, $"kb serve: the change does not build ({findings}); still serving the last good site", succeeded: false);
            var shown = result.Diagnostics.OrderBy(d => d.IsError ? 0 : 1).ThenBy(d => d, Diagnostic.Order).ToList();
            return Publish(new BuildState(_build, Ok: false, shown));
        }

        _build++;
        SummaryLine.Write(_console, $"kb serve: built {Words.Count(result.PagesWritten, "page")} for {Words.Count(result.Postmortems, "postmortem")}, {Words.Count(_site.Written, "file")} changed ({findings})", succeeded: true);
        return Publish(new BuildState(_build, Ok: true, []));
    }

    /// <summary>
    /// A problem of the files, not of kb: one vanishing mid-build, a folder that cannot be written; also when
    /// a parallel stage wraps it.
    /// </summary>
    private static bool IsTheDisks(Exception ex) => ex switch
    {
        IOException or UnauthorizedAccessException or OutputException => true,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.All(IsTheDisks),
        _ => false,
    };

    /// <summary>Waits for changes and rebuilds, until <paramref name="stopping"/> fires.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            while (true)
            {
                var changed = new SortedSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(stopping) };
                await DrainUntilQuietAsync(changed, stopping);
                _console.Error.WriteLine($"kb serve: {TerminalText.Escape(Describe(changed))} changed; rebuilding");
                Build();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _changes.Writer.TryComplete();
    }

    private async Task DrainUntilQuietAsync(SortedSet<string> changed, CancellationToken stopping)
    {
        var more = true;
        while (more)
        {
            await Task.Delay(Quiet, stopping);
            more = false;
            while (_changes.Reader.TryRead(out var path))
            {
                changed.Add(path);
                more = true;
            }
        }
    }

    /// <summary>The files a person would name: an editor's or sed's temporary files have no extension.</summary>
    private static string Describe(SortedSet<string> changed)
    {
        var named = changed.Where(p => Path.HasExtension(p)).ToList();
        var shown = named.Count > 0 ? named : [.. changed];
        return shown.Count <= 3 ? string.Join(", ", shown) : string.Join(", ", shown.Take(3)) + $" and {shown.Count - 3} more";
    }

    private BuildState Publish(BuildState state)
    {
        _feed.Publish(state);
        return state;
    }

    private void Watch(string folder, string filter = "", bool includeSubdirectories = true)
    {
        var root = Path.GetFullPath(folder);
        var watcher = new FileSystemWatcher(root, filter)
        {
            IncludeSubdirectories = includeSubdirectories,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, e) => Changed(root, e.FullPath);
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, e) =>
        {
            Changed(root, e.OldFullPath);
            Changed(root, e.FullPath);
        };
        // Too many events at once (a branch switch): rebuild everything rather than miss one.
        watcher.Error += (_, _) => _changes.Writer.TryWrite(folder);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Changed(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        if (IsNoise(relative))
        {
            return;
        }

        _changes.Writer.TryWrite(relative);
    }

    /// <summary>
    /// Hidden files and folders (.git, .kb-cache, an editor's swap file) and backup files never reach a
    /// site, and the served site itself lives elsewhere; none of them starts a build.
    /// </summary>
    public static bool IsNoise(string relativePath) =>
        relativePath.Split('/').Any(part => part.StartsWith('.') && part is not "." and not "..")
        || relativePath.EndsWith('~')
        || relativePath.EndsWith(".swp", StringComparison.Ordinal);
}

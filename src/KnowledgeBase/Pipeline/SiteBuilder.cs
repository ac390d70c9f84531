using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using KnowledgeBase.Analysis;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.FrontMatter;
using KnowledgeBase.Incremental;
using KnowledgeBase.Load;
using KnowledgeBase.Model;
using KnowledgeBase.Output;
using KnowledgeBase.Rendering;
using KnowledgeBase.Theming;
using KnowledgeBase.Theming.Views;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Pipeline;

/// <summary>
/// The whole pipeline on one screen:
/// load → parse front-matter → validate → render Markdown → analyse → apply theme → write.
/// Each stage reports into one <see cref="DiagnosticBag"/>; if any error was reported, nothing is written.
/// </summary>
/// <param name="cache">What earlier builds kept: unchanged postmortems and pages are not rendered again.</param>
/// <param name="liveFolder">For <c>kb serve</c>: update this folder in place instead of swapping in a staged site.</param>
/// <param name="betweenStages">
/// Called after each stage has let go of what it used: where the host that runs the build applies its
/// own policy (the command line compacts the heap there); the library sets none.
/// </param>
public sealed class SiteBuilder(IProgress<string>? progress = null, BuildCache? cache = null, LiveSiteFolder? liveFolder = null, Action? betweenStages = null)
{
    public BuildResult Run(BuildOptions options)
    {
        // Before anything is written beside the output (the cache, the spill file, the staging folder): an
        // output kb may not replace is refused, and so is one that another build is writing.
        using var claim = liveFolder is null && options.OutputDirectory is not null ? OutputLock.Take(options.OutputDirectory) : null;

        // A one-off build keeps the rendered bodies and their text in a temporary file until they are used.
        // Not with a cache in memory: its bodies outlive the build (kb serve keeps them for the next one). A
        // cache on disk keeps them in its own file, and what it could not keep goes to this one.
        var oneOff = liveFolder is null && (cache is null || cache.OnDisk);
        using var file = oneOff && options.OutputDirectory is not null ? TrySpill(options.OutputDirectory) : null;
        return Write(Prepare(options, file is null ? null : new SpilledBodies(file)), options);
    }

    /// <summary>Stage 7 for a site <see cref="Prepare"/> made; writes nothing when it has errors.</summary>
    public BuildResult Write(PreparedSite prepared, BuildOptions options)
    {
        if (options.OutputDirectory is null || prepared.Theme is null || prepared.HasErrors)
        {
            return new BuildResult(prepared.Findings, prepared.Files, prepared.Postmortems, 0, Written: false);
        }

        // 7. Write into a staging folder and swap it in.
        var theme = prepared.Theme;
        var siteView = SiteViewFactory.Create(prepared.Site);
        var pageRenderer = new PageRenderer(theme, TemplateOptionsFactory.Create(theme, options.BuildTime), siteView);
        Func<PlannedPage, string?, byte[]> render = pageRenderer.RenderUtf8;
        if (cache?.Pages is { } pages)
        {
            render = new CachingPageRenderer(pageRenderer, pages, Fingerprints()).Render;
        }
        else if (cache?.PageDigests is { } digests)
        {
            render = new ReusingPageRenderer(render, digests, Fingerprints(), PreviousSite.At(Path.GetFullPath(options.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar))).Render;
        }

        PageFingerprint Fingerprints() => new(theme, siteView, options.BuildTime, prepared.Site.Config.BaseUrl);

        betweenStages?.Invoke();
        int WriteInto(ISiteFolder target)
        {
            using (target)
            {
                return SiteWriter.Write(prepared.Site, theme, render, prepared.Pages, prepared.StaticFiles, Path.GetFullPath(options.InputDirectory), target, progress);
            }
        }

        List<string> notes = [];
        int written;
        try
        {
            written = WriteInto(liveFolder?.Begin() ?? (ISiteFolder)StagingDirectory.Create(options.OutputDirectory, cache?.SpareSite));
        }
        catch (UnusableSpareException unusable)
        {
            // The spare is only a way to write less: the site is written again into a new folder, as without
            // the cache, and this build keeps no spare. Only a failure there too fails the build.
            notes.Add($"the site kept from the last build could not be reused ({unusable.Message}); wrote a new folder instead"
                + (Directory.Exists(unusable.Folder) ? $"; '{unusable.Folder}' could not be deleted: delete it by hand" : ""));
            written = WriteInto(StagingDirectory.Create(options.OutputDirectory));
        }

        cache?.KeepOnlyUsed();
        return new BuildResult(prepared.Findings, prepared.Files, prepared.Postmortems, written, Written: true) { Notes = notes };
    }

    /// <summary>Stages 1 to 6: everything but writing. The site model holds the rendered bodies in memory.</summary>
    public PreparedSite Prepare(BuildOptions options) => Prepare(options, spill: null);

    /// <summary>Stages 1 to 5, for what needs the analysed site and no pages (<c>kb similar</c>); findings are not kept.</summary>
    public SiteModel Analyse(BuildOptions options) => ReadAndAnalyse(options, spill: null, new DiagnosticBag()).Site;

    /// <summary>Stages 1 to 3, for what needs the settings and the valid postmortems only (<c>kb actions</c>); findings are not kept.</summary>
    public ValidatedSite Validate(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var input = Path.GetFullPath(options.InputDirectory);
        var config = ReadConfig(input, options, diagnostics);
        return new ValidatedSite(config, Read(input, config, options, diagnostics).Included);
    }

    /// <param name="spill">Where to keep the rendered bodies and their text until they are used; in memory when null.</param>
    private PreparedSite Prepare(BuildOptions options, SpilledBodies? spill)
    {
        var diagnostics = new DiagnosticBag();
        // The theme depends on nothing the postmortems say: its templates are parsed while they are read.
        var theme = Task.Run(() => ThemeLoader.Load(options.ThemeDirectory, new ThemeParser(), diagnostics));
        var (site, counts) = ReadAndAnalyse(options, spill, diagnostics);
        var pages = Plan(site, diagnostics);
        var staticFiles = ListStatic(Path.GetFullPath(options.InputDirectory), diagnostics);
        return new PreparedSite(site, theme.GetAwaiter().GetResult(), pages, diagnostics.ToSortedList(options.Strict), counts.Found, counts.Parsed, staticFiles);
    }

    /// <summary>
    /// Stages 1 to 5 in order. Each stage's input is let go as soon as the next stage has it, so a large
    /// knowledge base's source texts, Markdown and plain text are never all held at once.
    /// </summary>
    /// <remarks>Compiled optimized from its first call, like <see cref="SiteAnalyzer.Analyze"/>: unoptimized code's temporaries would hold each stage's result to the end.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (SiteModel Site, InputCounts Counts) ReadAndAnalyse(BuildOptions options, SpilledBodies? spill, DiagnosticBag diagnostics)
    {
        var input = Path.GetFullPath(options.InputDirectory);
        Report("reading postmortems");
        var config = ReadConfig(input, options, diagnostics);
        var read = Read(input, config, options, diagnostics);
        var counts = read.Counts;
        var rendered = Render(input, config, read, spill, diagnostics);
        read = null!;
        var site = Analyse(rendered, config, options, spill, diagnostics);
        return (site, counts);
    }

    private static SiteConfig ReadConfig(string input, BuildOptions options, DiagnosticBag diagnostics)
    {
        var config = ConfigReader.Read(input, diagnostics, options.ConfigFile);
        config = options.Gate ? config with { Gate = true } : config;
        return options.BaseUrl is null ? config : config with { BaseUrl = options.BaseUrl.TrimEnd('/') + "/" };
    }

    /// <summary>What stages 1 to 3 leave for rendering.</summary>
    /// <param name="All">Every valid postmortem, drafts too (links to a draft are reported, not followed).</param>
    /// <param name="Included">The postmortems the site shows.</param>
    private sealed record ReadPostmortems(IReadOnlyList<Postmortem> All, IReadOnlyList<Postmortem> Included, InputCounts Counts);

    /// <summary>How many Markdown files were found, and how many of them parsed.</summary>
    private readonly record struct InputCounts(int Found, int Parsed);

    /// <summary>Stages 1 to 3: load kb.yml's folder's Markdown files in ordinal path order, parse their front-matter, validate.</summary>
    private ReadPostmortems Read(string input, SiteConfig config, BuildOptions options, DiagnosticBag diagnostics)
    {
        // kb.yml's limits apply unless the caller set its own.
        var limits = options.Limits == InputLimits.Default ? config.Limits : options.Limits;
        // 1–2. Read each file and parse its front-matter into a typed record as soon as it is read: its text is
        // garbage once parsed, so the texts are never all held at once.
        var reader = new PostmortemReader(limits.MaxYamlDepth, config.Fields);
        var memo = cache?.Parsed;
        var (files, found) = new InputLoader(limits, config.Files, options.OutputDirectory).LoadEach(input, diagnostics, f => (
            f.RelativePath,
            Postmortem: memo is null ? reader.Read(f, diagnostics) : memo.Read(f, reader, diagnostics)));
        memo?.KeepOnly(files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal));
        var parsed = files.Select(f => f.Postmortem).OfType<Postmortem>().ToList();

        // 3. Validate against kb.yml and each other; fold aliases into canonical names.
        var postmortems = Validator.ForBuild(options.BuildTime).Validate(parsed, config, diagnostics);
        var included = postmortems.Where(p => options.IncludeDrafts || p.Status != PostmortemStatus.Draft).ToList();
        return new ReadPostmortems(postmortems, included, new InputCounts(found, parsed.Count));
    }

    /// <summary>
    /// Stage 4, on every core: Markdown bodies to sanitized HTML, links between postmortems rewritten. A
    /// one-off build keeps the bodies in its spill file from here on.
    /// </summary>
    private List<RenderedFile> Render(string input, SiteConfig config, ReadPostmortems read, SpilledBodies? spill, DiagnosticBag diagnostics)
    {
        betweenStages?.Invoke();
        Report($"rendering {read.Included.Count} postmortems");
        var links = Links(input, read.All, read.Included);
        var renderer = new PostmortemRenderer(MarkdownPipelineFactory.Create(), links, config.BlamelessCheck);
        Func<Postmortem, RenderedFile?> render = p => renderer.Render(p, diagnostics);
        if (cache is not null)
        {
            var caching = new CachingRenderer(renderer, links, cache.Bodies, new RenderKey(config.BlamelessCheck, links.Fingerprint()));
            render = p => caching.Render(p, diagnostics);
        }

        return read.Included.AsParallel().AsOrdered()
            .Select(render)
            .OfType<RenderedFile>()
            .Select(r => spill is null ? r : spill.Keep(r))
            .ToList();
    }

    /// <summary>
    /// Stage 5: order, taxonomies, links between incidents, similar incidents, the search index, the reports.
    /// Postmortems that share an id were reported (KB3001) and the build will not write; the first of each
    /// is analysed so the check can still report everything else.
    /// </summary>
    private SiteModel Analyse(List<RenderedFile> rendered, SiteConfig config, BuildOptions options, SpilledBodies? spill, DiagnosticBag diagnostics)
    {
        betweenStages?.Invoke();
        Report("analysing");
        var unique = rendered.DistinctBy(r => r.Id, StringComparer.OrdinalIgnoreCase).ToList();
        rendered.Clear();
        cache?.Analysis.KeepOnly(unique.Select(r => r.Id).ToHashSet(StringComparer.Ordinal));
        var prompts = options.IncludeDrafts ? TemplatePrompts.From(PostmortemTemplate.Read(options.InputDirectory, options.ThemeDirectory)) : null;
        var site = SiteAnalyzer.Analyze(unique, config, options.BuildTime, cache?.Analysis, options.KeepSearchIndex, prompts);
        UnlinkedSimilarCheck.Check(site, diagnostics);
        DuplicateCheck.Check(site, diagnostics);
        return site;
    }

    /// <summary>Stage 6: the theme's pages, planned from the analysed site; two pages at one address are reported.</summary>
    private static IReadOnlyList<PlannedPage> Plan(SiteModel site, DiagnosticBag diagnostics)
    {
        var pages = PagePlanner.Plan(site, new ViewBuilder(site));
        DuplicatePaths.Check(pages, diagnostics);
        return pages;
    }

    /// <summary>static/ is treated as the postmortems are: what cannot be published is a finding, before any write.</summary>
    private static IReadOnlyList<string> ListStatic(string input, DiagnosticBag diagnostics)
    {
        var staticFolder = StaticFolder.List(input);
        foreach (var (path, reason) in staticFolder.Skipped)
        {
            diagnostics.Report($"{InputLoader.StaticFolder}/{path}", SourcePosition.Start, DiagnosticCodes.UnreadableFile,
                $"{reason}; it is not copied to the site");
        }

        return staticFolder.Files;
    }

    private static LinkResolver Links(string input, IReadOnlyList<Postmortem> all, IReadOnlyList<Postmortem> included)
    {
        var pages = included.ToImmutableDictionary(p => p.SourcePath, p => SitePaths.Incident(p.Id), StringComparer.Ordinal);
        var excluded = all.Select(p => p.SourcePath).Where(s => !pages.ContainsKey(s)).ToImmutableHashSet(StringComparer.Ordinal);
        return new LinkResolver(input, pages, excluded);
    }

    /// <summary>
    /// A spill file beside the site (on the disk it is written to), or in the system's temporary folder when
    /// that folder does not exist yet. Null when neither can be written: the build then holds the bodies in
    /// memory, and writing the site reports the folder that cannot be written, as it always did.
    /// </summary>
    private static SpillFile? TrySpill(string outputDirectory)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar));
        try
        {
            return SpillFile.Create(parent is not null && Directory.Exists(parent) ? parent : null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void Report(string message) => progress?.Report(message);
}

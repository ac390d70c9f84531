using System.Runtime.ExceptionServices;
using KnowledgeBase.Analysis;
using KnowledgeBase.Model;
using KnowledgeBase.Theming;

namespace KnowledgeBase.Output;

/// <summary>
/// The write stage: renders every planned page into a staging folder (in parallel; each file depends only
/// on its own page) while the theme's assets, the search data, the sitemap and the feeds are written beside
/// them, then copies the files postmortems link to and swaps the staging folder in.
/// </summary>
public static class SiteWriter
{
    /// <param name="render">Renders one page with the theme, given the site's base URL.</param>
    /// <param name="staging">Where to write: a staging folder swapped in at the end, or a served folder updated in place.</param>
    /// <param name="staticFiles">The files of <c>static/</c> to copy (see <see cref="StaticFolder"/>), relative to it.</param>
    public static int Write(SiteModel site, Theme theme, Func<PlannedPage, string?, byte[]> render, IReadOnlyList<PlannedPage> pages,
        IReadOnlyList<string> staticFiles, string inputDirectory, ISiteFolder staging, IProgress<string>? progress = null)
    {
        var baseUrl = site.Config.BaseUrl;

        progress?.Report($"rendering {pages.Count} pages");
        // The site's other files (assets, search data, feeds) are written beside the pages: their serial
        // work fills the cores the pages' parallel loop leaves idle near its end. Their paths are not pages'.
        var siteFiles = Task.Run(() => WriteSiteFiles(site, theme, pages, staging));
        try
        {
            try
            {
                Parallel.ForEach(pages, page => staging.WriteBytes(page.Path, render(page, baseUrl)));
            }
            catch (AggregateException ex) when (ex.InnerExceptions.OfType<OutputException>().FirstOrDefault() is { } failed)
            {
                // A page that could not be written (a full disk) says which, as any other write does; the
                // loop's wrapper would read as a fault of kb's.
                ExceptionDispatchInfo.Throw(failed);
            }
        }
        catch
        {
            // Nothing may still write into the staging folder once the failed build deletes it.
            try
            {
                siteFiles.Wait();
            }
            catch (AggregateException)
            {
                // The pages' error is the one reported.
            }

            throw;
        }

        siteFiles.GetAwaiter().GetResult();

        // After the pages: a file of INPUT/static/ yields to a generated one of the same name.
        CopyStaticFiles(staging, staticFiles, inputDirectory);

        var attachments = site.Incidents.SelectMany(i => i.Attachments).DistinctBy(a => a.Key).OrderBy(a => a.Key, StringComparer.Ordinal);
        foreach (var (source, output) in attachments)
        {
            staging.CopyFile(output, Path.Combine(inputDirectory, source));
        }

        progress?.Report("replacing the previous site");
        staging.Commit();
        return pages.Count;
    }

    /// <summary>Everything but the pages and the files copied from the input folder.</summary>
    private static void WriteSiteFiles(SiteModel site, Theme theme, IReadOnlyList<PlannedPage> pages, ISiteFolder staging)
    {
        var baseUrl = site.Config.BaseUrl;
        foreach (var asset in theme.AssetFiles)
        {
            staging.CopyFile(Theme.AssetsFolder + "/" + asset, Path.Combine(theme.Directory, Theme.AssetsFolder, asset));
        }

        foreach (var (source, target) in Theme.VendorFiles)
        {
            staging.CopyFile(target, Path.Combine(theme.Directory, source));
        }

        foreach (var file in site.Search.Files)
        {
            staging.WriteBytes(file.Path, file.Content);
        }

        var lastModified = site.Incidents.ToDictionary(i => i.PagePath, i => i.Postmortem.Published ?? (i.Postmortem.Date is { } d ? DateOnly.FromDateTime(d.Value.UtcDateTime) : (DateOnly?)null));
        var sitemapPages = pages
            .Where(p => p.Path != SitePaths.NotFound)
            .Select(p => (p.Path, lastModified.GetValueOrDefault(p.Path)))
            .OrderBy(p => p.Path, StringComparer.Ordinal);
        staging.WriteText(SitePaths.Sitemap, SitemapWriter.Write(sitemapPages, baseUrl));
        staging.WriteText(SitePaths.Feed, AtomFeedWriter.Write(site));
        staging.WriteBytes(SitePaths.IncidentsData, IncidentsJsonWriter.Write(site));
        staging.WriteBytes(SitePaths.OnThisDay, OnThisDayWriter.Write(site));
    }

    /// <summary>
    /// The files of <c>INPUT/static/</c> (a CNAME, .nojekyll, a favicon) go to the site's root as they are:
    /// the output folder is replaced whole, so this is where files the site must keep belong. A generated
    /// file of the same name wins. Which files qualify is <see cref="StaticFolder"/>'s rule, applied once
    /// while preparing the build, which reported the others before anything was written.
    /// </summary>
    private static void CopyStaticFiles(ISiteFolder staging, IReadOnlyList<string> staticFiles, string inputDirectory)
    {
        var folder = Path.Combine(inputDirectory, Load.InputLoader.StaticFolder);
        foreach (var relative in staticFiles.Where(f => !staging.Contains(f)))
        {
            staging.CopyFile(relative, Path.Combine(folder, relative));
        }
    }
}

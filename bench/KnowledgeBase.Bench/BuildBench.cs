using System.Diagnostics;
using System.Globalization;

namespace KnowledgeBase.Bench;

/// <summary>
/// A full <c>kb build</c> of N postmortems of a profile, as a user runs it, against Hugo building the same
/// postmortems (<see cref="HugoSite"/>) in the same sequence: Hugo, kb without its cache, kb with an empty
/// cache (cold), kb again after one file changed (warm), once more after another (warm again: the
/// build a user waits for on every edit after the second, with the site before last kept as the spare
/// to write into), and Hugo with related content on tags and services. Each program is one process, run once, measured by GNU time (<see cref="TimedProcess"/>):
/// wall, CPU (user + system) and peak memory, with the size of the site it wrote and its biggest page.
/// kb's stage lines on stderr, stamped as they arrive, give the time each stage took and how far peak
/// memory had grown by its end.
/// </summary>
public static class BuildBench
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The targets of issues 8 and 21 at 10,000 postmortems.</summary>
    private const double WallRatioTarget = 1.0;
    private const long PeakTarget = 1L << 30;

    public static int Run(string repo, CorpusProfile profile, int count, int seed)
    {
        if (BuiltKb.Find(repo) is not { } kb)
        {
            return 2;
        }

        if (TimedProcess.Missing() is { } noTime)
        {
            Console.Error.WriteLine(noTime);
            return 2;
        }

        if (HugoVersion() is not { } hugoVersion)
        {
            Console.Error.WriteLine("hugo is not on the PATH: install it (Debian: apt-get install hugo) to compare with it");
            return 2;
        }

        var corpus = profile.Cached(count, seed);

        // The machine is shared: what else ran says how much to trust one run.
        var loadBefore = LoadAverage();
        var work = profile.Folder("build", count, seed);
        var hugoSite = Path.Combine(work, "hugo-site");
        var hugoPosts = HugoSite.Write(corpus, hugoSite);
        // kb builds a copy, as one file of it is edited before the warm build; the cached corpus stays as generated.
        var input = Copy(corpus, Path.Combine(work, "input"));
        var markdownBytes = Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

        var hugoOut = Fresh(Path.Combine(work, "hugo-out"));
        var hugo = Hugo(hugoSite, HugoSite.PlainConfig, hugoOut);
        var hugoSiteFigures = SiteFigures.Of(hugoOut);

        // kb as a user runs it: a new process, a clean output folder; first without the cache, then as a
        // first build with it (nothing in .kb-cache/ yet), then again after one file changed, and after another.
        var cleanOut = Fresh(Path.Combine(work, "kb-clean"));
        var clean = Kb(kb, input, cleanOut, "--no-cache");
        var cleanSite = SiteFigures.Of(cleanOut);
        var kbOut = Fresh(Path.Combine(work, "kb-out"));
        Fresh(Path.Combine(work, ".kb-cache"));
        var cold = Kb(kb, input, kbOut);
        var coldSite = SiteFigures.Of(kbOut);
        var edited = Directory.GetFiles(input, "*.md").Order(StringComparer.Ordinal).ElementAt(count / 2);
        File.AppendAllText(edited, "\nA note added on review: the dashboard for this service now shows queue depth.\n");
        var warm = Kb(kb, input, kbOut);
        var warmSite = SiteFigures.Of(kbOut);
        var editedAgain = Directory.GetFiles(input, "*.md").Order(StringComparer.Ordinal).ElementAt(count / 3);
        File.AppendAllText(editedAgain, "\nA note added on review: the runbook now names the alert.\n");
        var warmAgain = Kb(kb, input, kbOut);
        var warmAgainSite = SiteFigures.Of(kbOut);

        var relatedOut = Fresh(Path.Combine(work, "hugo-related-out"));
        var related = Hugo(hugoSite, HugoSite.RelatedConfig, relatedOut);
        var relatedSite = SiteFigures.Of(relatedOut);

        Console.WriteLine(string.Create(C, $"postmortems: {count} ({profile.Name} profile, seed {seed}, {markdownBytes / 1024.0 / 1024.0:0.0} MB of Markdown), {hugoPosts} copied for Hugo; {Environment.ProcessorCount} cores; {hugoVersion}"));
        Console.WriteLine(string.Create(C, $"one run each, in this order; load average before: {loadBefore}, after: {LoadAverage()}; sites in {work}"));
        Console.WriteLine();
        Console.WriteLine($"{"",-32}{"wall s",8}{"CPU s",8}{"peak MB",9}{"HTML pages",12}{"files",8}{"site MB",9}  {"biggest page",-30}{"warnings",9}");
        Row("Hugo", hugo, hugoSiteFigures);
        Row("kb build --no-cache", clean, cleanSite);
        Row("kb build, cold cache", cold, coldSite);
        Row("kb build, warm, one file edited", warm, warmSite);
        Row("kb build, warm again", warmAgain, warmAgainSite);
        Row("Hugo, related content", related, relatedSite);
        Console.WriteLine();
        Ratio("--no-cache/Hugo", clean, hugo);
        Ratio("cold/Hugo", cold, hugo);
        Ratio("cold/--no-cache", cold, clean);
        Ratio("warm one-file/cold", warm, cold);
        Ratio("warm again/cold", warmAgain, cold);
        Ratio("--no-cache/Hugo, related", clean, related);
        Console.WriteLine();
        var siteBound = 2 * markdownBytes + warmSite.SearchBytes;
        Console.WriteLine(string.Create(C, $"issue 21's targets (at 10,000; one run each): cold <= {WallRatioTarget:0.0} x Hugo: {Met(Seconds(cold) / Seconds(hugo) <= WallRatioTarget)}; peak <= 1 GB: {Met(cold.PeakBytes <= PeakTarget)}; cold <= --no-cache: {Met(Seconds(cold) <= Seconds(clean))}; warm one-file <= 0.2 x cold: {Met(Seconds(warm) <= 0.2 * Seconds(cold))}"));
        Console.WriteLine(string.Create(C, $"  no HTML page over 1 MB: {Met(warmSite.Biggest.Length <= 1 << 20)}; site {warmSite.Bytes / 1024.0 / 1024.0:0.0} MB <= 2 x Markdown + search data ({siteBound / 1024.0 / 1024.0:0.0} MB): {Met(warmSite.Bytes <= siteBound)}"));
        Console.WriteLine();
        Stages("kb build --no-cache", clean);
        Stages("kb build, cold cache", cold);
        Stages("kb build, warm, one file edited", warm);
        Stages("kb build, warm again", warmAgain);
        return 0;
    }

    internal static Measurement Kb(string kb, string input, string output, params string[] extra) =>
        TimedProcess.Run("dotnet", [kb, "build", input, "--output", output, .. extra],
            new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1795651200" });

    internal static Measurement Hugo(string site, string config, string output) =>
        TimedProcess.Run("hugo", ["--source", site, "--config", Path.Combine(site, config), "--destination", output, "--quiet"]);

    /// <summary>
    /// kb's stages from the lines it prints on stderr when no terminal watches ("kb build: analysing"): each
    /// runs from its line to the next. Before the first is the runtime's start-up; after the summary line,
    /// the process's exit. The peak is the process's peak memory when the next line came, so where it jumps
    /// is the stage that grew it.
    /// </summary>
    private static void Stages(string title, Measurement run)
    {
        Console.WriteLine($"{title}, by stage (from its stderr lines):");
        var marks = new List<(string Name, TimeSpan At, long? Peak)> { ("start-up (runtime, until the first stage)", TimeSpan.Zero, null) };
        var stages = run.ErrorLines.Where(l => l.Text.StartsWith("kb build: ", StringComparison.Ordinal)).ToList();
        foreach (var line in stages)
        {
            var name = line.Text["kb build: ".Length..];
            marks.Add((name.StartsWith("wrote ", StringComparison.Ordinal) ? "exit (after the summary line)" : name, line.At, line.PeakKilobytes));
        }

        for (var i = 0; i < marks.Count; i++)
        {
            var end = i + 1 < marks.Count ? marks[i + 1].At : run.Wall;
            // A line written just before exit can arrive when the process is gone: then the whole run's peak
            // bounds it from above.
            var peakKb = i + 1 < marks.Count ? marks[i + 1].Peak : run.PeakBytes / 1024;
            var peak = peakKb is { } kb ? (kb / 1024.0).ToString("0", C) : "≤" + (run.PeakBytes / 1024.0 / 1024.0).ToString("0", C);
            var share = (end - marks[i].At) / run.Wall;
            Console.WriteLine(string.Create(C, $"  {marks[i].Name,-44}{(end - marks[i].At).TotalSeconds,8:0.00} s {share,6:P0}   peak by its end {peak,6} MB"));
        }

        Console.WriteLine();
    }

    private static void Row(string name, Measurement run, SiteFigures site)
    {
        var biggest = site.Biggest.Length == 0 ? "-" : string.Create(C, $"{site.Biggest.Length / 1024.0:0} kB {site.Biggest.Page}");
        // kb's summary line: "kb build: wrote 66 pages for 14 postmortems to _site (0 errors, 3 warnings, 1.63 s)".
        var summary = run.ErrorLines.LastOrDefault(l => l.Text.StartsWith("kb build: wrote ", StringComparison.Ordinal))?.Text;
        var warnings = summary is null ? "" : summary[(summary.LastIndexOf('(') + 1)..].Split(", ")[1].Split(' ')[0];
        Console.WriteLine(string.Create(C, $"{name,-32}{Seconds(run),8:0.00}{run.Cpu.TotalSeconds,8:0.00}{run.PeakBytes / 1024.0 / 1024.0,9:0}{site.Pages,12}{site.Files,8}{site.Bytes / 1024.0 / 1024.0,9:0.0}  {biggest,-30}{warnings,9}"));
    }

    /// <summary>What a build wrote, counted as soon as it ended (the warm build rewrites the cold one's folder).</summary>
    private sealed record SiteFigures(int Pages, int Files, long Bytes, (long Length, string Page) Biggest, long SearchBytes)
    {
        public static SiteFigures Of(string output)
        {
            var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
            var pages = files.Where(f => f.Name.EndsWith(".html", StringComparison.Ordinal)).ToList();
            var biggest = pages.MaxBy(f => f.Length);
            // kb's search data: everything under search/ but the search page itself.
            var search = Path.Combine(output, "search") + Path.DirectorySeparatorChar;
            return new SiteFigures(
                pages.Count,
                files.Count,
                files.Sum(f => f.Length),
                biggest is null ? (0, "") : (biggest.Length, Path.GetRelativePath(output, biggest.FullName)),
                files.Where(f => f.FullName.StartsWith(search, StringComparison.Ordinal) && f.Extension != ".html").Sum(f => f.Length));
        }
    }

    private static void Ratio(string name, Measurement ours, Measurement peer) =>
        Console.WriteLine(string.Create(C, $"ratio {name,-26} wall {Seconds(ours) / Seconds(peer),5:0.00}   CPU {ours.Cpu / peer.Cpu,5:0.00}   peak memory {(double)ours.PeakBytes / peer.PeakBytes,5:0.00}"));

    private static double Seconds(Measurement run) => run.Wall.TotalSeconds;

    private static string Met(bool met) => met ? "met" : "NOT met";

    /// <summary><paramref name="from"/>'s files copied into <paramref name="to"/>, replaced whole.</summary>
    private static string Copy(string from, string to)
    {
        Fresh(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return to;
    }

    /// <summary>An empty folder: each build starts from nothing, as a first build would.</summary>
    internal static string Fresh(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return folder;
    }

    /// <summary>The 1-minute load average, or "?" where there is no /proc/loadavg.</summary>
    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    /// <summary>"hugo v0.111.3+extended linux/amd64 …", or null when hugo cannot be run.</summary>
    internal static string? HugoVersion()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("hugo", ["version"]) { RedirectStandardOutput = true })!;
            var version = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? version.Split(' ').Take(2).Aggregate((a, b) => a + " " + b) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

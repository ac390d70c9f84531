using System.Diagnostics;
using System.Globalization;

namespace KnowledgeBase.Bench;

/// <summary>
/// A full <c>kb build</c> of N postmortems, as a user runs it, against Hugo building the same postmortems
/// (<see cref="HugoSite"/>) in the same run: without related content, and with related content on tags and
/// services. Each program is one process, run once, measured by GNU time (<see cref="TimedProcess"/>):
/// wall, CPU (user + system) and peak memory. kb's stage lines on stderr, stamped as they arrive, give the
/// time each stage took and how far peak memory had grown by its end.
/// </summary>
public static class BuildBench
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The targets of issue 8 at 10,000 postmortems.</summary>
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

        var input = profile.Cached(count, seed);

        // The machine is shared: what else ran says how much to trust one run.
        var loadBefore = LoadAverage();
        var work = profile.Folder("build", count, seed);
        var hugoSite = Path.Combine(work, "hugo-site");
        var hugoPosts = HugoSite.Write(input, hugoSite);

        // kb as a user runs it: a new process, a clean output folder, no cache from an earlier build.
        var kbOut = Fresh(Path.Combine(work, "kb-out"));
        var ours = TimedProcess.Run("dotnet", [kb, "build", input, "--output", kbOut, "--no-cache"],
            new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1795651200" });

        var hugoOut = Fresh(Path.Combine(work, "hugo-out"));
        var hugo = Hugo(hugoSite, HugoSite.PlainConfig, hugoOut);
        var relatedOut = Fresh(Path.Combine(work, "hugo-related-out"));
        var related = Hugo(hugoSite, HugoSite.RelatedConfig, relatedOut);

        Console.WriteLine(string.Create(C, $"postmortems: {count} ({profile.Name} profile, seed {seed}), {hugoPosts} converted for Hugo; {Environment.ProcessorCount} cores; {hugoVersion}"));
        Console.WriteLine(string.Create(C, $"one run each, in this order; load average before: {loadBefore}; sites in {work}"));
        Console.WriteLine();
        Console.WriteLine($"{"",-22}{"wall s",9}{"CPU s",9}{"peak MB",10}{"HTML pages",12}{"files",8}");
        Row("kb build --no-cache", ours, kbOut);
        Row("Hugo", hugo, hugoOut);
        Row("Hugo, related content", related, relatedOut);
        Console.WriteLine();
        Ratio("ours/Hugo", ours, hugo);
        Ratio("ours/Hugo, related", ours, related);
        Console.WriteLine();
        Console.WriteLine(string.Create(C, $"targets (at 10,000): wall ours/Hugo <= {WallRatioTarget:0.0}: {Met(Seconds(ours) / Seconds(hugo) <= WallRatioTarget)}; peak memory <= 1 GB: {Met(ours.PeakBytes <= PeakTarget)}"));
        Console.WriteLine();
        Stages(ours);
        return 0;
    }

    private static Measurement Hugo(string site, string config, string output) =>
        TimedProcess.Run("hugo", ["--source", site, "--config", Path.Combine(site, config), "--destination", output, "--quiet"]);

    /// <summary>
    /// kb's stages from the lines it prints on stderr when no terminal watches ("kb build: analysing"): each
    /// runs from its line to the next. Before the first is the runtime's start-up; after the summary line,
    /// the process's exit. The peak is the process's peak memory when the next line came, so where it jumps
    /// is the stage that grew it.
    /// </summary>
    private static void Stages(Measurement run)
    {
        Console.WriteLine("kb build, by stage (from its stderr lines):");
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
    }

    private static void Row(string name, Measurement run, string output)
    {
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToList();
        var pages = files.Count(f => f.EndsWith(".html", StringComparison.Ordinal));
        Console.WriteLine(string.Create(C, $"{name,-22}{Seconds(run),9:0.00}{run.Cpu.TotalSeconds,9:0.00}{run.PeakBytes / 1024.0 / 1024.0,10:0}{pages,12}{files.Count,8}"));
    }

    private static void Ratio(string name, Measurement ours, Measurement peer) =>
        Console.WriteLine(string.Create(C, $"ratio {name,-20} wall {Seconds(ours) / Seconds(peer),5:0.00}   CPU {ours.Cpu / peer.Cpu,5:0.00}   peak memory {(double)ours.PeakBytes / peer.PeakBytes,5:0.00}"));

    private static double Seconds(Measurement run) => run.Wall.TotalSeconds;

    private static string Met(bool met) => met ? "met" : "NOT met";

    /// <summary>An empty folder: each build starts from nothing, as a first build would.</summary>
    private static string Fresh(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return folder;
    }

    /// <summary>The 1-minute load average, or "?" where there is no /proc/loadavg.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    /// <summary>"hugo v0.111.3+extended linux/amd64 …", or null when hugo cannot be run.</summary>
    private static string? HugoVersion()
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

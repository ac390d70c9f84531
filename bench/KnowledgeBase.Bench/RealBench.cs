using System.Globalization;

namespace KnowledgeBase.Bench;

/// <summary>
/// kb's default build against Hugo's plain build (<see cref="HugoSite"/>) on the real archives of
/// <c>../shared/corpus/</c>: data nobody here generated, the shape the brief asks every speed figure to be
/// measured on beside its baseline. Real archives are a few hundred postmortems, so a build is mostly the
/// runtime starting and compiling, which the generated 1,000 and 10,000 of <see cref="BuildBench"/> hide.
/// The two programs run in turn (kb, Hugo, kb, Hugo, …) after one run of each that is not counted, and the
/// ratio is taken pair by pair, so a machine whose speed drifts during the run moves both sides of a pair.
/// kb runs as a user's first build of a fresh clone: its cache removed, the previous site present.
/// </summary>
public static class RealBench
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>An archive: its folder under the corpus root, and the settings it is built with (its own kb.yml when null).</summary>
    private sealed record Archive(string Name, string? Config);

    public static int Run(string repo, string corpusRoot, int pairs)
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

        if (BuildBench.HugoVersion() is not { } hugoVersion)
        {
            Console.Error.WriteLine("hugo is not on the PATH: install it (Debian: apt-get install hugo) to compare with it");
            return 2;
        }

        Archive[] archives =
        [
            new("public-postmortems", null),
            // Another project's schema, read through the mapping the example ships.
            new("icco-postmortems", Path.Combine(repo, "examples", "icco", "kb.yml")),
        ];
        var present = archives.Where(a => Directory.Exists(Path.Combine(corpusRoot, a.Name))).ToList();
        if (present.Count == 0)
        {
            Console.Error.WriteLine($"no real corpus under {corpusRoot}: this benchmark needs ../shared/corpus/ beside the repository");
            return 2;
        }

        Console.WriteLine(string.Create(C, $"{pairs} pairs each after one run of each not counted; {Environment.ProcessorCount} cores; {hugoVersion}; load average before: {BuildBench.LoadAverage()}"));
        Console.WriteLine($"{"",-22}{"files",7}{"kb wall s",11}{"Hugo wall s",13}{"kb/Hugo",9}{"  (min-max)",14}{"kb CPU s",10}{"kb MiB",8}{"Hugo MiB",10}");
        foreach (var archive in present)
        {
            Measure(kb, Path.Combine(corpusRoot, archive.Name), archive, pairs);
        }

        Console.WriteLine(string.Create(C, $"load average after: {BuildBench.LoadAverage()}; medians, the ratio the median of the pairs' ratios"));
        return 0;
    }

    private static void Measure(string kb, string input, Archive archive, int pairs)
    {
        var work = Path.Combine(Path.GetTempPath(), "kb-bench-real", archive.Name);
        var hugoSite = Path.Combine(work, "hugo-site");
        var files = HugoSite.Write(input, hugoSite);
        var kbOut = Path.Combine(work, "kb-out");
        var hugoOut = Path.Combine(work, "hugo-out");

        List<(Measurement Kb, Measurement Hugo)> runs = [];
        for (var i = 0; i <= pairs; i++)
        {
            var ours = ColdKb(kb, input, archive.Config, work, kbOut);
            var peer = BuildBench.Hugo(hugoSite, HugoSite.PlainConfig, hugoOut);
            if (i > 0)
            {
                runs.Add((ours, peer));
            }
        }

        var ratios = runs.Select(r => r.Kb.Wall / r.Hugo.Wall).Order().ToList();
        Console.WriteLine(string.Create(C,
            $"{archive.Name,-22}{files,7}{Median(runs.Select(r => r.Kb.Wall.TotalSeconds)),11:0.00}{Median(runs.Select(r => r.Hugo.Wall.TotalSeconds)),13:0.00}{Median(ratios),9:0.00}{$"({ratios[0]:0.00}-{ratios[^1]:0.00})",14}{Median(runs.Select(r => r.Kb.Cpu.TotalSeconds)),10:0.00}{Median(runs.Select(r => r.Kb.PeakBytes / 1048576.0)),8:0}{Median(runs.Select(r => r.Hugo.PeakBytes / 1048576.0)),10:0}"));
    }

    /// <summary>
    /// kb's default build with no cache yet (.kb-cache/ sits beside the output folder), the last site present.
    /// A build that fails stops the bench (<see cref="TimedProcess"/> throws on a non-zero exit), as Hugo's does.
    /// </summary>
    private static Measurement ColdKb(string kb, string input, string? config, string work, string output)
    {
        BuildBench.Fresh(Path.Combine(work, ".kb-cache"));
        return BuildBench.Kb(kb, input, output, config is null ? [] : ["--config", config]);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

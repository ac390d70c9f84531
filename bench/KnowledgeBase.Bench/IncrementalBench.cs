using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using KnowledgeBase.Incremental;
using KnowledgeBase.Pipeline;

namespace KnowledgeBase.Bench;

/// <summary>
/// What one saved file costs in a knowledge base of N postmortems. The peer, in the same run, is a clean
/// build of the same files. Measured three ways: `kb build` as a user runs it (a new process each time),
/// clean (--no-cache) and with its cache after one edited file; and the rebuild `kb serve` does after a
/// save (a warm process, renderings in memory). Finally the cached site is compared with a clean build
/// of the edited input, byte for byte.
/// </summary>
public static class IncrementalBench
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Saves made in kb serve before timing starts.</summary>
    private const int WarmUp = 3;

    public static int Run(string repo, CorpusProfile profile, int count, int seed, int runs)
    {
        if (BuiltKb.Find(repo) is not { } kb)
        {
            return 2;
        }

        var work = profile.Folder("incremental", count, seed);
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        var input = Path.Combine(work, "input");
        profile.Write(input, count, seed);
        var files = Directory.GetFiles(input, "*.md").Order(StringComparer.Ordinal).ToArray();
        var clean = Path.Combine(work, "clean");
        var cached = Path.Combine(work, "cached");

        // kb build, a new process each time: clean, then with the cache after one edit.
        var cleanTimes = new List<double>();
        var cachedTimes = new List<double>();
        Time(kb, input, cached);   // fills the cache
        for (var r = 0; r < runs; r++)
        {
            cleanTimes.Add(Time(kb, input, clean, "--no-cache"));
            Edit(files[(r * 7919) % files.Length], r);
            cachedTimes.Add(Time(kb, input, cached));
        }

        // kb serve's rebuild: the same process, everything per document kept in memory, the served folder updated in place.
        var options = new BuildOptions(input, Path.Combine(repo, "theme"), DateTimeOffset.FromUnixTimeSeconds(1795651200)) { OutputDirectory = Path.Combine(work, "served") };
        var builder = new SiteBuilder(progress: null, new BuildCache(), new KnowledgeBase.Output.LiveSiteFolder(Path.Combine(work, "served")));
        builder.Run(options);
        var warmTimes = new List<double>();
        var firstSaves = new List<double>();
        for (var r = 0; r < runs + WarmUp; r++)
        {
            Edit(files[(r * 104729 + 1) % files.Length], 1000 + r);
            var watch = Stopwatch.StartNew();
            builder.Run(options);
            // The first saves after start still run code the JIT has not optimized yet; a session is long.
            (r < WarmUp ? firstSaves : warmTimes).Add(watch.Elapsed.TotalMilliseconds);
        }

        // The last cached build against a clean one of the same (edited) input.
        Time(kb, input, cached);
        Time(kb, input, clean, "--no-cache");
        var identical = Hashes(clean).SequenceEqual(Hashes(cached));

        Console.WriteLine(string.Create(C, $"postmortems: {count} ({profile.Name} profile, seed {seed}), runs: {runs}, one file edited before each rebuild"));
        Console.WriteLine(string.Create(C, $"kb build, clean (--no-cache):        median {Median(cleanTimes),7:0} ms  [{Join(cleanTimes)}]"));
        Console.WriteLine(string.Create(C, $"kb build, with .kb-cache:           median {Median(cachedTimes),7:0} ms  [{Join(cachedTimes)}]  ratio to clean {Median(cachedTimes) / Median(cleanTimes):0.00}"));
        Console.WriteLine(string.Create(C, $"kb serve rebuild (warm, in memory): median {Median(warmTimes),7:0} ms  [{Join(warmTimes)}]  ratio to clean {Median(warmTimes) / Median(cleanTimes):0.00}"));
        Console.WriteLine(string.Create(C, $"  (its first {WarmUp} saves after start, not counted: [{Join(firstSaves)}] ms)"));
        Console.WriteLine($"cached site identical to a clean build: {(identical ? "yes" : "NO")}");
        return identical ? 0 : 1;
    }

    /// <summary>A sentence added to the body, different each run, as an author's save would.</summary>
    private static void Edit(string file, int run) =>
        File.AppendAllText(file, string.Create(C, $"\nA note added on review {run}: the dashboard for this service now shows queue depth.\n"));

    private static double Time(string kb, string input, string output, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet", [kb, "build", input, "--output", output, .. extra]) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["SOURCE_DATE_EPOCH"] = "1795651200";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("kb build failed: " + error.Result);
        }

        return watch.Elapsed.TotalMilliseconds;
    }

    private static List<string> Hashes(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(folder, f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))];

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Join(List<double> values) => string.Join(", ", values.Select(v => v.ToString("0", C)));
}

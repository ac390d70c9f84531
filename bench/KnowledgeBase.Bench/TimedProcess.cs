using System.Diagnostics;
using System.Globalization;

namespace KnowledgeBase.Bench;

/// <summary>
/// Runs a command under GNU time, which reports what the kernel counted for the process once it has
/// ended: wall time, user and system CPU time, and peak resident memory. Polling from outside would miss
/// a peak between two samples and add its own noise; both programs compared are measured the same way.
/// While it runs, each line it writes to stderr is kept with the time it arrived and the process's peak
/// memory so far, which is what turns kb's stage lines into a breakdown.
/// </summary>
public static class TimedProcess
{
    private const string GnuTime = "/usr/bin/time";

    /// <summary>Why the benchmark cannot measure, or null when GNU time is there.</summary>
    public static string? Missing() => File.Exists(GnuTime)
        ? null
        : $"{GnuTime} is missing: install GNU time (Debian: apt-get install time)";

    public static Measurement Run(string program, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        // The files the previous run wrote reach the disk first, not while this one runs (a site is some
        // 10,000 files): otherwise each program pays for the one before it.
        using (var sync = Process.Start("sync"))
        {
            sync.WaitForExit();
        }

        var report = Path.GetTempFileName();
        try
        {
            // -o: GNU time's figures go to a file, so they cannot mix with the lines the program writes to stderr.
            var start = new ProcessStartInfo(GnuTime, ["-f", "%e %U %S %M", "-o", report, program, .. arguments])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            {
                start.Environment[name] = value;
            }

            var lines = new List<StampedLine>();
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            // Read as the lines arrive, each on its own thread: a stage line is stamped when it is written,
            // not when the process ends, and neither pipe can fill up and stall the program.
            var errors = Task.Run(() =>
            {
                while (process.StandardError.ReadLine() is { } line)
                {
                    lines.Add(new StampedLine(watch.Elapsed, line, PeakKilobytesOfChild(process.Id)));
                }
            });
            var output = process.StandardOutput.ReadToEndAsync();
            process.WaitForExit();
            var wall = watch.Elapsed;
            errors.Wait();
            var figures = File.ReadAllText(report).Trim();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{program} exited with {process.ExitCode}:\n{string.Join('\n', lines.Select(l => l.Text))}\n{output.Result}\n{figures}");
            }

            // The last line is GNU time's: earlier ones would be a note such as "Command exited with non-zero status".
            var parts = figures.Split('\n')[^1].Split(' ');
            var c = CultureInfo.InvariantCulture;
            return new Measurement(
                wall,
                TimeSpan.FromSeconds(double.Parse(parts[1], c) + double.Parse(parts[2], c)),
                long.Parse(parts[3], c) * 1024,
                lines);
        }
        finally
        {
            File.Delete(report);
        }
    }

    /// <summary>
    /// VmHWM of GNU time's child: the measured program's peak resident memory so far, or null if it cannot
    /// be read (a kernel without /proc/…/children, or the program already gone).
    /// </summary>
    private static long? PeakKilobytesOfChild(int timePid)
    {
        try
        {
            var children = File.ReadAllText($"/proc/{timePid}/task/{timePid}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (children.Length == 0)
            {
                return null;
            }

            var status = File.ReadAllLines($"/proc/{children[0]}/status");
            var hwm = status.FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return hwm is null ? null : long.Parse(hwm["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}

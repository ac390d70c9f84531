using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using KnowledgeBase.Pipeline;

namespace KnowledgeBase.Bench;

/// <summary>
/// A time-bounded fuzz run over the single-file pipeline (bytes → decode → front-matter → validate →
/// render). Inputs are random bytes, or random sequences of the pieces postmortems are made of, with
/// noise spliced in. An input that throws is saved under the findings folder: copy it to
/// tests/KnowledgeBase.Tests/Pipeline/Fuzz/ so every test run replays it, then fix the cause.
/// </summary>
public static class Fuzz
{
    private static readonly string[] Pieces =
    [
        "---\n", "...\n", "title: ", "date: ", "2024-01-01", "tags: ", "[", "]", "{", "}", ", ", ": ", "- ", "&a ", "*a", "!!binary ",
        "\"", "'", "\\", "\t", "\n", "\r", "  ", "#", "> ", "```", "`", "[x](", ")", "javascript:", "<", ">", "<script>", "|", "[^1]",
        "*", "_", "é", "\u0000", "\ufeff", "contributing_factors:\n  - ", "action_items:\n  - ", "id: ", "../", "<!--", "&#",
    ];

    public static int Run(int seconds, int seed, string findings)
    {
        var random = new Random(seed);
        var watch = Stopwatch.StartNew();
        long runs = 0;
        var failures = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            var input = Next(random);
            runs++;
            try
            {
                SingleFileCheck.Run(input);
            }
            catch (Exception ex)
            {
                failures++;
                Directory.CreateDirectory(findings);
                var name = Convert.ToHexStringLower(SHA256.HashData(input))[..12] + ".md";
                File.WriteAllBytes(Path.Combine(findings, name), input);
                Console.WriteLine($"finding {name}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        Console.WriteLine($"fuzz: {runs} inputs in {watch.Elapsed.TotalSeconds:0} s (seed {seed}), {failures} failing, saved in {findings}");
        return failures == 0 ? 0 : 1;
    }

    private static byte[] Next(Random random)
    {
        // Half the inputs open like a postmortem, so they reach the YAML reader and the renderer.
        // Others have valid front-matter, so their random body reaches the Markdown renderer and sanitizer.
        var text = new StringBuilder(random.Next(3) switch { 0 => "---\ntitle: T\n", 1 => "---\ntitle: T\n---\n", _ => "" });
        for (var i = random.Next(0, 120); i > 0; i--)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
            if (random.Next(40) == 0)
            {
                text.Append("\n---\n");
            }
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString()).ToList();
        switch (random.Next(3))
        {
            case 0:
                var noise = new byte[random.Next(0, 64)];
                random.NextBytes(noise);
                bytes.InsertRange(random.Next(bytes.Count + 1), noise);
                break;
            case 1:
                var raw = new byte[random.Next(0, 2048)];
                random.NextBytes(raw);
                return raw;
        }

        return [.. bytes];
    }
}

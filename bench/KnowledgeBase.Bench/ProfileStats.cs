using System.Globalization;

namespace KnowledgeBase.Bench;

/// <summary>
/// The measured shape of each profile's corpus (<c>profile-stats N [SEED]</c>), for bench/README.md:
/// file size, words, distinct terms, and the front-matter counts, read back from the generated files
/// (cached like every other command's corpus) rather than from the generator's intentions.
/// </summary>
public static class ProfileStats
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static int Run(IReadOnlyList<CorpusProfile> profiles, int count, int seed)
    {
        var shapes = profiles.Select(p => (p.Name, Shape: Measure(p.Cached(count, seed)))).ToList();
        Console.WriteLine(string.Create(C, $"postmortems: {count} (seed {seed})"));
        Console.WriteLine();
        Console.WriteLine("| figure | " + string.Join(" | ", shapes.Select(s => s.Name)) + " |");
        Console.WriteLine("| --- |" + string.Concat(shapes.Select(_ => " --- |")));
        foreach (var (label, value) in Shape.Figures)
        {
            Console.WriteLine($"| {label} | " + string.Join(" | ", shapes.Select(s => value(s.Shape))) + " |");
        }

        return 0;
    }

    private static Shape Measure(string folder)
    {
        var files = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).ToArray();
        var shape = new Shape { Files = files.Length };
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var tags = new HashSet<string>(StringComparer.Ordinal);
        var services = new HashSet<string>(StringComparer.Ordinal);
        var term = new System.Text.StringBuilder();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            shape.Bytes += new FileInfo(file).Length;
            shape.Words += text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
            var close = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            var front = text[..close];
            var body = text[(close + 5)..];
            shape.BodyWords += body.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
            foreach (var line in front.Split('\n'))
            {
                if (List(line, "tags: ") is { } fileTags)
                {
                    shape.Tags += fileTags.Length;
                    tags.UnionWith(fileTags);
                }
                else if (List(line, "services: ") is { } fileServices)
                {
                    shape.Services += fileServices.Length;
                    services.UnionWith(fileServices);
                }
                else if (List(line, "authors: ") is { } authors)
                {
                    shape.Authors += authors.Length;
                }
                else if (line.StartsWith("  - category: ", StringComparison.Ordinal))
                {
                    shape.Factors++;
                }
                else if (line.StartsWith("  - title: ", StringComparison.Ordinal))
                {
                    shape.Actions++;
                }
            }

            shape.WithTable += body.Contains("\n| --- |", StringComparison.Ordinal) ? 1 : 0;
            shape.WithFence += body.Contains("\n```", StringComparison.Ordinal) || body.StartsWith("```", StringComparison.Ordinal) ? 1 : 0;

            // Terms: lower-cased runs of letters and digits, over the whole file.
            foreach (var ch in text)
            {
                if (char.IsLetterOrDigit(ch))
                {
                    term.Append(char.ToLowerInvariant(ch));
                }
                else if (term.Length > 0)
                {
                    terms.Add(term.ToString());
                    term.Clear();
                }
            }

            if (term.Length > 0)
            {
                terms.Add(term.ToString());
                term.Clear();
            }
        }

        shape.Terms = terms.Count;
        shape.DistinctTags = tags.Count;
        shape.DistinctServices = services.Count;
        return shape;
    }

    /// <summary>The items of a top-level flow list (<c>tags: [a, b]</c>), or null when the line is not that key.</summary>
    private static string[]? List(string line, string key) =>
        line.StartsWith(key + "[", StringComparison.Ordinal) && line.EndsWith(']')
            ? line[(key.Length + 1)..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : null;

    private sealed class Shape
    {
        public int Files;
        public long Bytes;
        public long Words;
        public long BodyWords;
        public int Terms;
        public long Tags;
        public long Services;
        public long Authors;
        public long Factors;
        public long Actions;
        public int DistinctTags;
        public int DistinctServices;
        public int WithTable;
        public int WithFence;

        public static readonly (string Label, Func<Shape, string> Value)[] Figures =
        [
            ("files", s => s.Files.ToString(C)),
            ("Markdown, all files", s => string.Create(C, $"{s.Bytes / 1024.0 / 1024.0:0.0} MB")),
            ("mean file size", s => string.Create(C, $"{s.Bytes / 1024.0 / s.Files:0.0} kB")),
            ("words per file (whitespace-separated, whole file)", s => string.Create(C, $"{(double)s.Words / s.Files:0}")),
            ("words per file, body only", s => string.Create(C, $"{(double)s.BodyWords / s.Files:0}")),
            ("distinct terms (lower-cased letter/digit runs)", s => s.Terms.ToString("N0", C)),
            ("distinct tags used", s => s.DistinctTags.ToString(C)),
            ("distinct services used", s => s.DistinctServices.ToString(C)),
            ("tags per file", s => string.Create(C, $"{(double)s.Tags / s.Files:0.00}")),
            ("services per file", s => string.Create(C, $"{(double)s.Services / s.Files:0.00}")),
            ("authors per file", s => string.Create(C, $"{(double)s.Authors / s.Files:0.00}")),
            ("contributing factors per file", s => string.Create(C, $"{(double)s.Factors / s.Files:0.00}")),
            ("action items per file", s => string.Create(C, $"{(double)s.Actions / s.Files:0.00}")),
            ("files with a timeline table", s => string.Create(C, $"{(double)s.WithTable / s.Files:P0}")),
            ("files with a fenced block", s => string.Create(C, $"{(double)s.WithFence / s.Files:P0}")),
        ];
    }
}

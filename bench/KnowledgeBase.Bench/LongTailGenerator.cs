using System.Globalization;
using System.Text;

namespace KnowledgeBase.Bench;

/// <summary>
/// The <c>longtail</c> corpus profile (issue 21): postmortems shaped like a real archive rather than
/// composed from a few sentence templates. Each file is about 14 kB (some 2,000 words) of text drawn
/// from 3,800 base words ranked by a Zipf law (s = 1.0), with a long tail mixed in: made-up words,
/// service names, versions, regions, HTTP codes, latencies and host ids, so a corpus holds far more
/// distinct terms than the composed profile. Front-matter: 2–6 tags of 160 (Zipf, s = 1.1), 1–3
/// services of 63, 1–3 authors, 2–4 contributing factors, 2–5 action items. About half the timelines
/// are tables, and about 45 % of the files hold a fenced log or configuration block. Same seed, same
/// files: every choice comes from one <see cref="Random"/> seeded with it, and the word lists are built
/// from fixed seeds of their own.
/// </summary>
public sealed class LongTailGenerator(int seed)
{
    public const int BaseWordCount = 3800;
    public const int TagCount = 160;
    public const int ServiceCount = 63;

    /// <summary>Share of body tokens taken from the long tail instead of the base words.</summary>
    private const double TailShare = 0.08;

    /// <summary>How many made-up words the tail can draw from (log-uniformly: a few often, most once).</summary>
    private const int MadeUpWords = 400_000;

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;
    private static readonly string[] Words = Vocabulary.BaseWords(BaseWordCount);
    private static readonly string[] Tags = Vocabulary.Tags(TagCount);
    private static readonly string[] Services = Vocabulary.Services(ServiceCount);
    private static readonly ZipfSampler WordRank = new(BaseWordCount, 1.0);
    private static readonly ZipfSampler TagRank = new(TagCount, 1.1);

    private static readonly string[] Regions =
    [
        "us-east-1", "us-east-2", "us-west-1", "us-west-2", "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1",
        "eu-north-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "ap-northeast-2",
        "sa-east-1", "ca-central-1", "me-south-1", "af-south-1",
    ];

    private static readonly int[] HttpCodes = [200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 408, 409, 413, 422, 429, 499, 500, 502, 503, 504];

    private static readonly string[] FirstNames =
    [
        "Ada", "Bela", "Chidi", "Dana", "Emeka", "Farah", "Goran", "Hana", "Ines", "Jonas", "Kavya", "Luca",
        "Mei", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tomas", "Uma", "Viktor", "Wen", "Yusuf", "Zoe",
        "Arjun", "Bianca", "Carlos", "Dmitri", "Elif",
    ];

    private static readonly string[] LastNames =
    [
        "Abara", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova", "Jensen", "Kim",
        "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov", "Quispe", "Rossi", "Silva", "Tanaka", "Uchenna",
        "Varga", "Weber", "Xu", "Yilmaz", "Zielinski", "Andersson", "Banerjee", "Chen", "Novak",
    ];

    private static readonly string[] Teams =
    [
        "platform-team", "sre", "payments-team", "data-team", "edge-team", "identity-team", "checkout-team", "infra",
        "search-team", "mobile-team", "billing-team", "network-team", "storage-team", "security", "release-eng",
        "observability", "db-team", "messaging-team", "growth-team", "support-eng",
    ];

    private static readonly string[] TicketPrefixes = ["OPS", "SRE", "PLAT", "INC", "DB", "NET", "PAY", "SEC"];

    private static readonly string[] ConfigKeys =
    [
        "replicas", "max_connections", "timeout_ms", "retry_limit", "backoff_ms", "pool_size", "queue_depth",
        "batch_size", "cache_ttl_s", "rate_limit_rps", "health_check_interval_s", "max_heap_mb", "workers",
        "read_timeout_ms", "write_timeout_ms", "idle_timeout_s", "circuit_breaker_threshold", "shard_count",
    ];

    private static readonly string[] Sections =
    [
        "Summary", "Impact", "Timeline", "Root cause", "Contributing factors", "What went well", "What went wrong",
        "Where we got lucky", "Action items", "Lessons learned",
    ];

    private readonly Random _random = new(seed);
    private readonly List<string> _ids = [];
    private int _words;

    public void Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "kb.yml"), "title: Generated knowledge base (long tail)\nticket_url: https://tracker.example/browse/{ticket}\n");
        // Ten years that all lie in the past, so a peer reading "published" as a publication date renders every file.
        var start = new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            var date = start.AddMinutes(_random.Next(0, 60 * 24 * 365 * 10));
            var services = Distinct(1 + _random.Next(3), () => Services[_random.Next(Services.Length)]);
            var id = $"{date:yyyy-MM-dd}-{services[0]}-{i:D5}";
            File.WriteAllText(Path.Combine(folder, id + ".md"), Postmortem(date, services));
            _ids.Add(id);
        }
    }

    private string Postmortem(DateTimeOffset started, string[] services)
    {
        var tags = Distinct(2 + _random.Next(5), () => Tags[TagRank.Sample(_random)]);
        var authors = Distinct(1 + _random.Next(3), () => $"{One(FirstNames)} {One(LastNames)}");
        var detected = started.AddMinutes(_random.Next(1, 120));
        var resolved = detected.AddMinutes(_random.Next(10, 900));
        var severity = _random.Next(20) switch { 0 or 1 => "sev1", < 7 => "sev2", < 15 => "sev3", _ => "sev4" };
        var f = new StringBuilder();
        f.Append("---\n");
        f.Append(C, $"title: \"{Capitalize(Phrase(3, 8))} in {services[0]}\"\n");
        f.Append(C, $"date: {started:yyyy-MM-dd'T'HH:mm:ss'Z'}\nseverity: {severity}\nstatus: published\n");
        f.Append(C, $"services: [{string.Join(", ", services)}]\ntags: [{string.Join(", ", tags)}]\n");
        f.Append(C, $"authors: [{string.Join(", ", authors.Select(a => $"\"{a}\""))}]\n");
        f.Append(C, $"detected: {detected:yyyy-MM-dd'T'HH:mm:ss'Z'}\nresolved: {resolved:yyyy-MM-dd'T'HH:mm:ss'Z'}\n");
        f.Append(C, $"published: {resolved.AddDays(_random.Next(2, 30)):yyyy-MM-dd}\n");
        f.Append(C, $"impact: \"{_random.Next(1, 100)}% of {services[0]} requests in {One(Regions)} failed or took over {Latency()} for {(resolved - detected).TotalMinutes:0} minutes.\"\n");
        f.Append("contributing_factors:\n");
        string[] categories = ["technical", "process", "organizational"];
        for (var i = 2 + _random.Next(3); i > 0; i--)
        {
            f.Append(C, $"  - category: {One(categories)}\n    description: \"{Capitalize(Phrase(10, 24))}.\"\n    tags: [{One(tags)}]\n");
        }

        f.Append("action_items:\n");
        string[] statuses = ["open", "in-progress", "done", "done", "wont-do"];
        for (var i = 2 + _random.Next(4); i > 0; i--)
        {
            var status = One(statuses);
            var due = resolved.AddDays(_random.Next(7, 150));
            f.Append(C, $"  - title: \"{Capitalize(Phrase(5, 12))}\"\n    owner: {One(Teams)}\n");
            f.Append(C, $"    ticket: {One(TicketPrefixes)}-{_random.Next(100, 99999)}\n    due: {due:yyyy-MM-dd}\n    status: {status}\n");
            if (status is "done" or "wont-do")
            {
                f.Append(C, $"    closed: {due.AddDays(-_random.Next(0, 30)):yyyy-MM-dd}\n");
            }
        }

        if (_ids.Count > 10 && _random.Next(6) == 0)
        {
            f.Append(C, $"related: [{_ids[_random.Next(_ids.Count)]}]\n");
        }

        f.Append("---\n\n");
        Body(f, services, started, detected, resolved, 1350 + _random.Next(800));
        return f.ToString();
    }

    /// <summary>The analysis: the usual sections, each given a share of <paramref name="target"/> words, the last one topping it up.</summary>
    private void Body(StringBuilder b, string[] services, DateTimeOffset started, DateTimeOffset detected, DateTimeOffset resolved, int target)
    {
        _words = 0;
        var block = _random.Next(100) < 45 ? _random.Next(Sections.Length) : -1;
        var perSection = target / (Sections.Length + 2);
        for (var s = 0; s < Sections.Length; s++)
        {
            b.Append("## ").Append(Sections[s]).Append("\n\n");
            var end = s == Sections.Length - 1 ? target : _words + perSection;
            switch (Sections[s])
            {
                case "Timeline":
                    Timeline(b, services, started, detected, resolved);
                    break;
                case "What went well" or "What went wrong" or "Action items":
                    for (var i = 3 + _random.Next(4); i > 0; i--)
                    {
                        b.Append("- ");
                        Sentence(b, services);
                        b.Append('\n');
                    }

                    b.Append('\n');
                    break;
                default:
                    // At least one paragraph; a longer section for the one that holds the remainder.
                    do
                    {
                        Paragraph(b, services);
                    }
                    while (_words < end);
                    break;
            }

            if (s == block)
            {
                if (_random.Next(2) == 0)
                {
                    LogBlock(b, services, detected);
                }
                else
                {
                    ConfigBlock(b, services);
                }
            }
        }
    }

    private void Timeline(StringBuilder b, string[] services, DateTimeOffset started, DateTimeOffset detected, DateTimeOffset resolved)
    {
        var table = _random.Next(2) == 0;
        if (table)
        {
            b.Append("| Time (UTC) | Event |\n| --- | --- |\n");
        }

        var at = started;
        var rows = 6 + _random.Next(12);
        var step = Math.Max(1, (resolved - started).TotalMinutes / rows);
        var alerted = false;
        for (var r = 0; r < rows; r++)
        {
            // The alert takes its place in time among the other rows.
            if (!alerted && at >= detected)
            {
                Row(b, table, detected, "Alert fired; on-call acknowledged.");
                alerted = true;
            }

            var text = new StringBuilder();
            Sentence(text, services);
            Row(b, table, at, text.ToString());
            at = at.AddMinutes(step * (0.5 + _random.NextDouble()));
        }

        if (!alerted)
        {
            Row(b, table, detected, "Alert fired; on-call acknowledged.");
        }

        b.Append('\n');
    }

    private static void Row(StringBuilder b, bool table, DateTimeOffset at, string text)
    {
        if (table)
        {
            b.Append(C, $"| {at:HH:mm} | {text} |\n");
        }
        else
        {
            b.Append(C, $"- **{at:HH:mm} UTC**: {text}\n");
        }
    }

    private void LogBlock(StringBuilder b, string[] services, DateTimeOffset detected)
    {
        string[] levels = ["INFO", "WARN", "WARN", "ERROR", "ERROR", "ERROR"];
        b.Append("```log\n");
        var at = detected.AddMinutes(-_random.Next(1, 15));
        for (var i = 6 + _random.Next(15); i > 0; i--)
        {
            at = at.AddMilliseconds(_random.Next(5, 20_000));
            b.Append(C, $"{at:yyyy-MM-dd'T'HH:mm:ss.fff'Z'} {One(levels)} [{One(services)}] host={Host()} region={One(Regions)} status={One(HttpCodes)} latency={Latency()} msg=\"");
            AppendWords(b, 3 + _random.Next(6));
            b.Append("\"\n");
        }

        b.Append("```\n\n");
    }

    private void ConfigBlock(StringBuilder b, string[] services)
    {
        b.Append("```yaml\n").Append(One(services)).Append(":\n");
        b.Append(C, $"  image: registry.example/{One(services)}:{Version()}\n  region: {One(Regions)}\n");
        foreach (var key in Distinct(4 + _random.Next(10), () => One(ConfigKeys)))
        {
            b.Append(C, $"  {key}: {_random.Next(1, 5000)}\n");
        }

        b.Append("```\n\n");
    }

    private void Paragraph(StringBuilder b, string[] services)
    {
        for (var i = 2 + _random.Next(5); i > 0; i--)
        {
            Sentence(b, services);
            b.Append(i > 1 ? " " : "\n\n");
        }
    }

    /// <summary>6 to 24 tokens, capitalised, sometimes with a comma, ending with a full stop.</summary>
    private void Sentence(StringBuilder b, string[] services)
    {
        var length = 6 + _random.Next(19);
        var start = b.Length;
        for (var i = 0; i < length; i++)
        {
            if (i > 0)
            {
                b.Append(i > 3 && _random.Next(12) == 0 ? ", " : " ");
            }

            Token(b, services);
        }

        b[start] = char.ToUpperInvariant(b[start]);
        b.Append('.');
    }

    private void AppendWords(StringBuilder b, int count)
    {
        for (var i = 0; i < count; i++)
        {
            b.Append(i > 0 ? " " : "").Append(Words[WordRank.Sample(_random)]);
            _words++;
        }
    }

    /// <summary>Some words of the base vocabulary's less common part (no "the", "of"...): for titles and descriptions.</summary>
    private string Phrase(int min, int max)
    {
        var b = new StringBuilder();
        for (var i = min + _random.Next(max - min + 1); i > 0; i--)
        {
            var rank = WordRank.Sample(_random);
            b.Append(b.Length > 0 ? " " : "").Append(Words[rank < 40 ? 40 + _random.Next(BaseWordCount - 40) : rank]);
        }

        return b.ToString();
    }

    /// <summary>A base word, or (one time in twelve or so) a token from the long tail.</summary>
    private void Token(StringBuilder b, string[] services)
    {
        _words++;
        if (_random.NextDouble() >= TailShare)
        {
            b.Append(Words[WordRank.Sample(_random)]);
            return;
        }

        var code = _random.Next(3) == 0;
        var token = _random.Next(20) switch
        {
            < 7 => Vocabulary.MadeUp((int)Math.Exp(_random.NextDouble() * Math.Log(MadeUpWords))),
            < 10 => _random.Next(3) == 0 ? Services[_random.Next(Services.Length)] : One(services),
            < 12 => Version(),
            < 14 => One(Regions) + (_random.Next(3) == 0 ? "abc"[_random.Next(3)].ToString() : ""),
            < 16 => One(HttpCodes).ToString(C),
            < 18 => Latency(),
            _ => Host(),
        };
        b.Append(code ? "`" : "").Append(token).Append(code ? "`" : "");
    }

    private string Version() => _random.Next(3) switch
    {
        0 => $"v{_random.Next(1, 10)}.{_random.Next(0, 40)}.{_random.Next(0, 100)}",
        1 => $"{_random.Next(0, 5)}.{_random.Next(0, 30)}",
        _ => $"{_random.Next(1, 30)}.{_random.Next(0, 12)}.{_random.Next(0, 20)}-r{_random.Next(1, 9)}",
    };

    /// <summary>A latency from 1 ms to about 30 s, log-uniform, in ms or s.</summary>
    private string Latency()
    {
        var ms = Math.Exp(_random.NextDouble() * Math.Log(30_000));
        return ms < 2_000 ? string.Create(C, $"{ms:0}ms") : string.Create(C, $"{ms / 1000:0.0}s");
    }

    private string Host() => _random.Next(3) switch
    {
        0 => $"ip-10-{_random.Next(256)}-{_random.Next(256)}-{_random.Next(256)}",
        1 => $"{Services[_random.Next(Services.Length)]}-{_random.Next(0x1000000):x6}",
        _ => $"i-0{_random.NextInt64(1L << 60):x15}",
    };

    private T One<T>(T[] values) => values[_random.Next(values.Length)];

    /// <summary><paramref name="count"/> different values drawn by <paramref name="draw"/>, in the order drawn.</summary>
    private static string[] Distinct(int count, Func<string> draw)
    {
        var picked = new List<string>(count);
        while (picked.Count < count)
        {
            var value = draw();
            if (!picked.Contains(value))
            {
                picked.Add(value);
            }
        }

        return [.. picked];
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

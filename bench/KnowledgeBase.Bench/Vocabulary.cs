using System.Text;

namespace KnowledgeBase.Bench;

/// <summary>
/// The word lists of the <c>longtail</c> profile, made here rather than taken from any corpus: English
/// function words and incident words written below take the first ranks, and English-like words
/// composed from syllables (from a fixed seed, so they never change) fill the rest. Made-up words of the
/// long tail come from the same syllables, one per index, through a hash: word i is always the same word.
/// </summary>
public static class Vocabulary
{
    /// <summary>The most frequent words, most frequent first: function words, then the words incidents are told in.</summary>
    private static readonly string[] Written =
    [
        "the", "to", "and", "of", "a", "in", "was", "that", "we", "for", "on", "is", "it", "with", "as", "at",
        "by", "this", "from", "were", "not", "be", "had", "an", "or", "our", "which", "when", "after", "but",
        "all", "they", "its", "have", "been", "their", "more", "than", "so", "no", "one", "into", "could",
        "would", "about", "there", "before", "only", "while", "until", "also", "then", "some", "each", "two",
        "because", "did", "during", "what", "between", "again", "other", "any", "over", "out", "up", "new",
        "first", "same", "these", "those", "how", "who", "both", "most", "if", "next", "without", "through",
        "service", "requests", "request", "error", "errors", "database", "latency", "traffic", "change", "alert",
        "team", "customers", "minutes", "cache", "queue", "load", "rollback", "timeout", "connection",
        "connections", "configuration", "instance", "instances", "cluster", "node", "nodes", "pods", "replica",
        "primary", "failover", "region", "zone", "network", "certificate", "disk", "memory", "cpu", "thread",
        "pool", "retry", "retries", "throughput", "capacity", "incident", "outage", "degraded", "failure",
        "failed", "responders", "engineer", "page", "paged", "dashboard", "metrics", "logs", "trace",
        "monitoring", "runbook", "mitigation", "restored", "recovered", "root", "cause", "impact", "users",
        "release", "version", "upgrade", "migration", "schema", "index", "query", "queries", "job", "batch",
        "worker", "workers", "consumer", "producer", "message", "messages", "backlog", "lag", "health", "check",
        "checks", "probe", "threshold", "limit", "limits", "quota", "rate", "throttled", "spike", "peak",
        "saturated", "exhausted", "leak", "crash", "restart", "restarted", "scaled", "autoscaler", "deployment",
        "pipeline", "build", "flag", "feature", "rollout", "canary", "gateway", "proxy", "balancer", "upstream",
        "downstream", "dependency", "vendor", "provider", "api", "endpoint", "response", "responses", "status",
        "code", "write", "read", "writes", "reads", "storage", "bucket", "object", "backup", "restore", "data",
        "loss", "stale", "lock", "locks", "deadlock", "contention", "investigation", "signal", "escalated",
        "escalation", "commander", "postmortem", "hour", "hours", "seconds", "later", "earlier", "time", "shard",
        "partition", "leader", "election", "quorum", "host", "hosts", "container", "image", "kernel", "patch",
        "scheduler", "cron", "token", "credentials", "secret", "rotation", "expired", "dns", "resolver", "record",
        "ttl", "packet", "tls", "handshake", "socket", "port", "firewall", "route", "edge", "origin", "cdn",
        "mobile", "client", "clients", "server", "servers", "heap", "garbage", "collection", "pause", "jvm",
        "regression", "bug", "fix", "hotfix", "test", "tests", "staging", "production", "environment",
        "manual", "automated", "alerting", "pager", "rotation", "handoff", "ticket", "owner", "ownership",
        "review", "reviewed", "approved", "noticed", "investigated", "identified", "confirmed", "deployed",
        "reverted", "drained", "promoted", "replicated", "throttling", "backoff", "jitter", "budget", "slo",
        "availability", "percentile", "p99", "median", "increase", "decrease", "higher", "lower", "slow",
        "slower", "fast", "faster", "full", "empty", "missing", "wrong", "unexpected", "expected", "normal",
    ];

    private static readonly string[] Onsets =
    [
        "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "cr",
        "dr", "fl", "gr", "pl", "pr", "sh", "sl", "sp", "st", "str", "th", "tr", "ch", "cl", "bl", "sc", "qu", "",
    ];

    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ee", "io", "ou", "oa", "y"];

    private static readonly string[] Codas = ["", "", "", "n", "r", "s", "t", "l", "m", "nd", "nt", "st", "ck", "ng", "rt", "x", "ll", "ss"];

    private static readonly string[] Suffixes = ["", "", "", "", "", "ing", "ed", "er", "ion", "ly", "ment", "s", "able", "ity", "ous"];

    /// <summary><paramref name="count"/> distinct words, most frequent first: the written ones, then composed ones, longer as they grow rarer.</summary>
    public static string[] BaseWords(int count)
    {
        var words = new List<string>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Written)
        {
            if (seen.Add(word))
            {
                words.Add(word);
            }
        }

        var random = new Random(3800);
        while (words.Count < count)
        {
            // Rarer words are longer, as in English: one or two syllables near the top, up to three at the bottom.
            var depth = (double)words.Count / count;
            var syllables = 1 + (int)(depth * 1.6 + random.NextDouble() * 1.2);
            var word = Compose(syllables, random.Next, random.Next(Suffixes.Length));
            if (word.Length >= 3 && seen.Add(word))
            {
                words.Add(word);
            }
        }

        return [.. words];
    }

    /// <summary>The made-up word number <paramref name="index"/>: always the same word for the same number.</summary>
    public static string MadeUp(int index)
    {
        var state = (ulong)index * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL;
        int Next(int max)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z % (ulong)max);
        }

        return Compose(2 + Next(3), Next, Next(Suffixes.Length));
    }

    /// <summary>
    /// <paramref name="count"/> tags, most used first: broad single-word tags, then area-aspect pairs in
    /// a fixed shuffled order.
    /// </summary>
    public static string[] Tags(int count)
    {
        string[] single =
        [
            "database", "deploy", "configuration", "network", "dns", "capacity", "cache", "monitoring", "alerting",
            "kubernetes", "certificates", "timeouts", "retries", "queue", "storage", "third-party", "on-call",
            "runbook", "migration", "data-loss", "security", "latency", "memory", "load-balancer", "failover",
            "replication", "backups", "feature-flags", "rate-limiting", "cascading-failure", "ci-cd", "dependencies",
            "clock-skew", "disk-full", "human-error", "communication", "documentation", "testing", "observability",
            "cost",
        ];
        string[] areas =
        [
            "db", "cache", "queue", "dns", "cdn", "auth", "api", "mobile", "batch", "search", "billing", "storage",
            "network", "k8s", "deploy", "config", "logging", "metrics", "payments", "edge",
        ];
        string[] aspects = ["latency", "outage", "capacity", "errors", "timeouts", "rollout"];
        var pairs = areas.SelectMany(a => aspects.Select(s => a + "-" + s)).ToList();
        var random = new Random(160);
        var shuffled = pairs.OrderBy(_ => random.Next()).ToList();
        return [.. single.Concat(shuffled).Take(count)];
    }

    /// <summary><paramref name="count"/> service names: domains with an -api, -worker or -sync part.</summary>
    public static string[] Services(int count)
    {
        string[] domains =
        [
            "orders", "payments", "checkout", "tracking", "routing", "notifications", "identity", "search",
            "inventory", "pricing", "billing", "ledger", "media", "geo", "partner", "scheduler", "reporting",
            "catalog", "shipping", "fraud", "messaging",
        ];
        string[] parts = ["api", "worker", "sync"];
        return [.. domains.SelectMany(d => parts.Select(p => d + "-" + p)).Take(count)];
    }

    private static string Compose(int syllables, Func<int, int> next, int suffix)
    {
        var b = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            b.Append(Onsets[next(Onsets.Length)]).Append(Vowels[next(Vowels.Length)]);
            if (i == syllables - 1 || next(3) == 0)
            {
                b.Append(Codas[next(Codas.Length)]);
            }
        }

        return b.Append(Suffixes[suffix]).ToString();
    }
}

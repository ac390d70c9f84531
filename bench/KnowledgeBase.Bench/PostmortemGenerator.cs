using System.Globalization;
using System.Text;

namespace KnowledgeBase.Bench;

/// <summary>
/// Writes N realistic postmortems from a seed: same seed, same files. Each has full front-matter
/// (severity, services, tags, times, factors, action items in every status, some related links and
/// repeats) and a body of 800–2,500 words in the usual sections, composed from an incident vocabulary
/// so word frequencies look like real analyses rather than random letters.
/// </summary>
public sealed class PostmortemGenerator(int seed)
{
    private static readonly string[] Services =
    [
        "checkout", "payments-api", "tracking-api", "routing-engine", "notifications", "auth", "edge-proxy",
        "warehouse-sync", "search", "data-pipeline", "billing", "inventory", "pricing", "identity", "reporting",
        "media-upload", "geo-service", "partner-gateway", "scheduler", "ledger",
    ];

    private static readonly string[] Tags =
    [
        "database", "connection-pool", "deploy", "configuration", "dns", "certificates", "capacity", "cache",
        "retries", "timeouts", "feature-flags", "kubernetes", "queue", "monitoring", "alerting", "third-party",
        "rate-limiting", "data-loss", "migration", "cascading-failure", "runbook", "on-call", "load-balancer",
        "backups", "networking", "storage", "memory", "disk-full", "clock-skew", "replication", "failover",
    ];

    private static readonly string[] Components =
    [
        "primary database", "read replica", "connection pool", "message queue", "cache cluster", "load balancer",
        "DNS resolver", "certificate store", "feature flag service", "deployment pipeline", "autoscaler",
        "object storage bucket", "search cluster", "API gateway", "background worker fleet", "rate limiter",
        "service mesh sidecar", "config repository", "secrets manager", "metrics pipeline", "alert router",
    ];

    private static readonly string[] Triggers =
    [
        "a configuration change that lowered a timeout", "a routine certificate rotation", "a schema migration",
        "a traffic spike from a marketing campaign", "a dependency upgrade", "a node pool upgrade",
        "an expired credential", "a partial network partition between zones", "a disk that filled with logs",
        "a retry storm after a brief outage", "a cache eviction during peak load", "a clock drift on one host",
        "a feature flag enabled for all users at once", "a third-party provider throttling our requests",
        "a failover that promoted a lagging replica", "a batch job scheduled at the same time as backups",
    ];

    private static readonly string[] Effects =
    [
        "requests queued behind a saturated pool", "error rates rose above the alert threshold",
        "latency at the 99th percentile grew tenfold", "health checks kept reporting healthy", "retries multiplied the load",
        "workers crashed in a loop", "messages piled up in the queue", "stale data was served from the cache",
        "customers saw intermittent failures", "the dashboard showed no anomaly", "pages went to the wrong rotation",
    ];

    private static readonly string[] Conditions =
    [
        "no alert covered this failure mode", "the runbook described a topology that no longer existed",
        "the change was reviewed without load-test data", "ownership of the component was unclear after a reorganisation",
        "the staging environment did not reproduce production traffic", "the dependency had no circuit breaker",
        "limits were set per instance rather than per service", "the rollback path had not been exercised in a year",
        "the on-call engineer had to escalate through two teams", "capacity planning assumed last year's peak",
        "the feature flag had no gradual rollout", "logs were sampled too aggressively to show the error",
    ];

    private static readonly string[] Owners =
    ["platform-team", "payments-team", "sre", "data-team", "edge-team", "identity-team", "checkout-team", "infra"];

    private readonly Random _random = new(seed);
    private readonly List<string> _ids = [];

    public void Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "kb.yml"), "title: Generated knowledge base\nticket_url: https://tracker.example/browse/{ticket}\n");
        var start = new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            var date = start.AddMinutes(_random.Next(0, 60 * 24 * 365 * 7));
            var id = $"{date:yyyy-MM-dd}-incident-{i:D5}";
            File.WriteAllText(Path.Combine(folder, id + ".md"), Postmortem(date));
            _ids.Add(id);
        }
    }

    private string Postmortem(DateTimeOffset started)
    {
        var c = CultureInfo.InvariantCulture;
        var services = Pick(Services, 1, 3);
        var tags = Pick(Tags, 2, 6);
        var component = One(Components);
        var trigger = One(Triggers);
        var detected = started.AddMinutes(_random.Next(1, 90));
        var resolved = detected.AddMinutes(_random.Next(10, 600));
        var severity = "sev" + (1 + _random.Next(4)).ToString(c);
        var front = new StringBuilder();
        front.Append("---\n");
        front.Append(c, $"title: \"{Capitalize(One(Effects))} in {services[0]} after {trigger}\"\n");
        front.Append(c, $"date: {started:yyyy-MM-dd'T'HH:mm:ss'Z'}\nseverity: {severity}\n");
        front.Append(c, $"services: [{string.Join(", ", services)}]\ntags: [{string.Join(", ", tags)}]\n");
        front.Append(c, $"detected: {detected:yyyy-MM-dd'T'HH:mm:ss'Z'}\nresolved: {resolved:yyyy-MM-dd'T'HH:mm:ss'Z'}\n");
        front.Append(c, $"published: {resolved.AddDays(_random.Next(2, 20)):yyyy-MM-dd}\n");
        front.Append(c, $"impact: \"{_random.Next(1, 60)}% of {services[0]} requests failed for {(resolved - detected).TotalMinutes:0} minutes.\"\n");
        front.Append("contributing_factors:\n");
        foreach (var category in new[] { "technical", "process", "organizational" }.Take(_random.Next(1, 4)))
        {
            front.Append(c, $"  - category: {category}\n    description: \"{Capitalize(One(Conditions))}.\"\n    tags: [{One(tags)}]\n");
        }

        front.Append("action_items:\n");
        string[] statuses = ["open", "in-progress", "done", "wont-do"];
        for (var a = 0; a < _random.Next(2, 6); a++)
        {
            var status = One(statuses);
            var due = resolved.AddDays(_random.Next(7, 120));
            front.Append(c, $"  - title: \"Make sure {One(Conditions).Replace("no ", "an ", StringComparison.Ordinal)}\"\n    owner: {One(Owners)}\n");
            front.Append(c, $"    ticket: OPS-{_random.Next(100, 9999)}\n    due: {due:yyyy-MM-dd}\n    status: {status}\n");
            if (status is "done" or "wont-do")
            {
                front.Append(c, $"    closed: {due.AddDays(-_random.Next(0, 7)):yyyy-MM-dd}\n");
            }
        }

        if (_ids.Count > 10 && _random.Next(5) == 0)
        {
            front.Append(c, $"related: [{_ids[_random.Next(_ids.Count)]}]\n");
        }

        front.Append("---\n\n");
        front.Append(Body(services, component, trigger, started, detected, resolved, 800 + _random.Next(1700)));
        return front.ToString();
    }

    private string Body(string[] services, string component, string trigger, DateTimeOffset started, DateTimeOffset detected, DateTimeOffset resolved, int words)
    {
        var body = new StringBuilder();
        var sections = new[] { "Summary", "Impact", "Timeline", "Contributing factors", "What went well", "What went wrong", "Where we got lucky", "Action items" };
        var perSection = words / sections.Length;
        foreach (var section in sections)
        {
            body.Append("## ").Append(section).Append("\n\n");
            if (section == "Timeline")
            {
                var at = started;
                while (at < resolved && CountWords(body) < words)
                {
                    body.Append(CultureInfo.InvariantCulture, $"- **{at:HH:mm} UTC** — {Sentence(services, component, trigger)}\n");
                    at = at.AddMinutes(_random.Next(3, 40));
                }

                body.Append(CultureInfo.InvariantCulture, $"- **{detected:HH:mm} UTC** — The alert fired and the on-call engineer acknowledged it.\n\n");
                continue;
            }

            var target = CountWords(body) + perSection;
            while (CountWords(body) < target)
            {
                for (var s = 0; s < 4; s++)
                {
                    body.Append(Sentence(services, component, trigger)).Append(' ');
                }

                body.Append("\n\n");
            }
        }

        return body.ToString();
    }

    private string Sentence(string[] services, string component, string trigger) => _random.Next(6) switch
    {
        0 => $"The {component} behind {One(services)} started to degrade after {trigger}.",
        1 => $"As a result, {One(Effects)}, and {One(Effects)}.",
        2 => $"We found that {One(Conditions)}.",
        3 => $"Responders checked the {One(Components)} and the {One(Components)} before finding the cause.",
        4 => $"The team rolled back the change to {One(services)} and watched the error rate for {_random.Next(5, 60)} minutes.",
        _ => $"Next time, we want to see {One(Effects)} before customers do, because {One(Conditions)}.",
    };

    private static int CountWords(StringBuilder text)
    {
        var count = 0;
        var inWord = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var ch in chunk.Span)
            {
                var letter = !char.IsWhiteSpace(ch);
                if (letter && !inWord) count++;
                inWord = letter;
            }
        }

        return count;
    }

    private string One(string[] values) => values[_random.Next(values.Length)];

    private string[] Pick(string[] values, int min, int max) =>
        [.. values.OrderBy(_ => _random.Next()).Take(_random.Next(min, max + 1))];

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Formats;
using KnowledgeBase.FrontMatter;
using KnowledgeBase.Incremental;
using KnowledgeBase.Load;
using KnowledgeBase.Model;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Incremental;

/// <summary>A file's front-matter as the parse cache files it: what is read back is what the reader gave, every field of it.</summary>
public sealed class ParsedEntryTests
{
    /// <summary>A front-matter that sets every field the reader reads to something other than its default.</summary>
    private const string EveryField = """
        id: checkout-pool-exhaustion
        title: "Checkout: pool exhausted"
        date: 2024-03-01T10:15:00+02:00
        severity: sev1
        status: draft
        kind: near-miss
        services: [checkout, payments]
        tags: [database, connection-pool]
        authors: [Ada, Grace]
        detected: 2024-03-01T10:20:00Z
        resolved: 2024-03-01T12:00:00Z
        published: 2024-03-05
        impact: "12% of checkouts failed."
        summary: The pool ran dry.
        contributing_factors:
          - id: pool-budget
            category: technical
            description: Pool size was set per pod.
            tags: [connection-pool]
            influences: [impact]
            no_action: "Accepted risk."
        action_items:
          - title: Alert on pool saturation
            owner: payments-team
            ticket: PAY-1432
            due: 2024-04-01
            addresses: [pool-budget]
            priority: high
            tags: [strategic]
            status: done
            closed: 2024-03-20
            reason: Shipped.
        related: [edge-certificate-expiry]
        repeat_of: payments-processor-timeouts
        blameless_check: false
        company: Example
        links: [a, b]
        owner_team: {name: payments, chat: "#payments"}
        """;

    /// <summary>Writes and reads back, as the next build would.</summary>
    private static (Postmortem? Postmortem, IReadOnlyList<Diagnostic> Findings) RoundTrip(SourceFile file, PostmortemReader? reader = null)
    {
        var bag = new DiagnosticBag();
        var read = (reader ?? new PostmortemReader()).Read(file, bag);
        var findings = bag.ToSortedList();
        var bytes = ParsedEntry.Write(file.Text, read, findings);
        Assert.NotNull(bytes);
        Assert.True(ParsedEntry.TryRead(bytes, file.Text, new ConcurrentDictionary<string, string>(StringComparer.Ordinal), out var again, out var againFindings));
        Assert.Equal(Describe(read), Describe(again));
        Assert.Equal(findings, againFindings);
        return (again, againFindings);
    }

    [Fact]
    public void A_postmortem_with_every_field_set_reads_back_as_it_was_read()
    {
        var (postmortem, _) = RoundTrip(PostmortemText.Source(EveryField, "# Heading\n\nThe pool ran dry.\n"));

        // Each field the fixture sets is really set: a field left at its default would prove nothing.
        var defaults = Describe(new Postmortem { Id = "", SourcePath = "", Title = "" }).Split('\n');
        var read = Describe(postmortem).Split('\n');
        Assert.All(read.Zip(defaults).Where(p => !p.First.StartsWith("IsNearMiss", StringComparison.Ordinal) && !p.First.StartsWith("TimeToResolve", StringComparison.Ordinal)),
            p => Assert.NotEqual(p.Second, p.First));
    }

    [Fact]
    public void A_file_that_does_not_read_keeps_its_errors_and_no_postmortem()
    {
        var (postmortem, findings) = RoundTrip(PostmortemText.Source("title: [unclosed"));

        Assert.Null(postmortem);
        Assert.Contains(findings, f => f.Code == DiagnosticCodes.YamlSyntax.Id);
    }

    [Fact]
    public void Warnings_are_kept_with_their_positions()
    {
        var (_, findings) = RoundTrip(PostmortemText.Source("severity: sev2", "# From the heading\n"));

        Assert.Contains(findings, f => f.Code == DiagnosticCodes.MissingTitle.Id && f.Position == new SourcePosition(1, 1));
    }

    [Fact]
    public void Every_postmortem_of_the_sample_knowledge_base_reads_back_as_it_was_read()
    {
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Input, "*.md"))
        {
            RoundTrip(new SourceFile(Path.GetFileName(path), path, File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal)));
        }
    }

    [CorpusFact("public-postmortems", "icco-postmortems", "bad")]
    public void Every_real_file_reads_back_as_it_was_read_through_its_archives_fields()
    {
        var icco = ConfigReader.Read(Path.Combine(RepoPaths.SharedCorpus, "icco-postmortems"), new DiagnosticBag(), Path.Combine(RepoPaths.Root, "examples", "icco", "kb.yml"));
        (string Folder, PostmortemReader Reader)[] archives =
        [
            ("public-postmortems", new PostmortemReader()),
            ("icco-postmortems", new PostmortemReader(fieldMap: icco.Fields)),
            ("bad", new PostmortemReader()),
        ];
        var files = 0;
        foreach (var (folder, reader) in archives)
        {
            var root = Path.Combine(RepoPaths.SharedCorpus, folder);
            var (read, _) = new InputLoader(InputLimits.Default).LoadEach(root, new DiagnosticBag(), f => f);
            foreach (var file in read)
            {
                RoundTrip(file, reader);
                files++;
            }
        }

        Assert.True(files > 450, $"only {files} files were read");
    }

    [Fact]
    public void Damaged_or_foreign_bytes_are_not_an_entry()
    {
        var file = PostmortemText.Source(EveryField, "Body.\n");
        var bytes = ParsedEntry.Write(file.Text, new PostmortemReader().Read(file, new DiagnosticBag()), [])!;
        var strings = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);

        Assert.False(ParsedEntry.TryRead(bytes[..(bytes.Length / 2)], file.Text, strings, out _, out _));
        Assert.False(ParsedEntry.TryRead([99, .. bytes[1..]], file.Text, strings, out _, out _));
        Assert.False(ParsedEntry.TryRead([.. bytes, 0], file.Text, strings, out _, out _));
        Assert.False(ParsedEntry.TryRead(bytes, "short", strings, out _, out _));
    }

    [Fact]
    public void A_body_that_is_not_the_end_of_the_text_is_not_kept()
    {
        var postmortem = new Postmortem { Id = "a", SourcePath = "a.md", Title = "A", Body = "not in the text" };

        Assert.Null(ParsedEntry.Write("---\ntitle: A\n---\nthe body\n", postmortem, []));
    }

    /// <summary>Every public property, one line each, nested values in full: a property the entry loses shows as a difference.</summary>
    private static string Describe(object? value) => value is null
        ? "null"
        : string.Join('\n', value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={Value(p.GetValue(value))}"));

    private static string Value(object? value) => value switch
    {
        null => "null",
        string s => '"' + s + '"',
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Value)) + "]",
        IFormattable f when value.GetType().IsPrimitive || value is Enum or DateOnly or DateTimeOffset or TimeSpan => f.ToString(null, CultureInfo.InvariantCulture),
        _ when value.GetType().Namespace?.StartsWith("KnowledgeBase", StringComparison.Ordinal) == true && value.GetType() is { IsEnum: false } type && type.GetProperties().Length > 0 =>
            "{" + Describe(value).Replace('\n', ' ') + "}",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}

using KnowledgeBase.Analysis;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Search.Chunks;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Tests.Analysis;

public class SiteAnalyzerTests
{
    [Fact]
    public void Site_lists_incidents_newest_first_and_ranks_severities_by_kb_yml()
    {
        var site = SiteAnalyzer.Analyze(
            new[] { Incidents.Make("old", "date: 2020-01-01"), Incidents.Make("new", "date: 2024-01-01\nseverity: sev2") }.Rendered(),
            SiteConfig.Default,
            Support.Builds.Clock);

        Assert.Equal(["new", "old"], site.Incidents.Ids());
        Assert.Equal(Support.Builds.Clock, site.BuildTime);
        Assert.Equal(1, site.SeverityRank("sev2"));
        Assert.Equal(0, site.SeverityRank("critical"));
        Assert.Equal(int.MaxValue, site.SeverityRank(null));
        Assert.Equal(int.MaxValue, site.SeverityRank("nope"));
        Assert.Equal(["new"], site.Taxonomy(TaxonomyKind.Severities).Find("sev2")!.Incidents.Ids());
    }

    /// <summary>The per-document step, noting when it is told the documents have ended.</summary>
    private sealed class WatchingAnalyser : IDocumentAnalyser
    {
        private readonly DocumentAnalyser _fresh = new();
        private int _analysed;

        public List<int> EndedAfter { get; } = [];

        public AnalysedDocument Analyse(DocumentInput input)
        {
            Interlocked.Increment(ref _analysed);
            return _fresh.Analyse(input);
        }

        public void EndOfDocuments() => EndedAfter.Add(_analysed);
    }

    [Fact]
    public void The_per_document_step_is_told_once_when_every_document_is_analysed()
    {
        var analyser = new WatchingAnalyser();

        SiteAnalyzer.Analyze(
            new[] { Incidents.Make("a", "date: 2024-01-01"), Incidents.Make("b", "date: 2024-02-01"), Incidents.Make("c", "date: 2024-03-01") }.Rendered(),
            SiteConfig.Default,
            Support.Builds.Clock,
            analyser);

        Assert.Equal([3], analyser.EndedAfter);
    }

    [Fact]
    public void The_whole_search_index_is_kept_only_when_asked_the_site_needs_its_chunks()
    {
        var incidents = new[] { Incidents.Make("a", "date: 2024-01-01"), Incidents.Make("b", "date: 2024-02-01") }.Rendered();

        var site = SiteAnalyzer.Analyze(incidents, SiteConfig.Default, Support.Builds.Clock);
        var kept = SiteAnalyzer.Analyze(incidents, SiteConfig.Default, Support.Builds.Clock, keepSearchIndex: true);

        Assert.Null(site.Search.Index);
        Assert.Equal(["a", "b"], kept.Search.Index!.FieldVectors.Select(v => v.FieldRef[(v.FieldRef.IndexOf('/') + 1)..]).Distinct().Order());
    }

    [Fact]
    public void A_sites_search_files_are_those_the_whole_index_is_chunked_into()
    {
        // Words shared by several incidents and fields, in different numbers, so weights and lists differ.
        RenderedFile Make(string id, string date, string tags, string body) =>
            Incidents.Make(id, $"date: {date}\ntags: [{tags}]").WithText(body);
        RenderedFile[] incidents =
        [
            Make("disk", "2024-01-01", "storage, disk", "The disk filled with logs; writes to the disk failed and the queue backed up."),
            Make("cert", "2024-02-01", "tls", "The certificate expired; every handshake failed until the certificate was renewed."),
            Make("queue", "2024-03-01", "storage, queue", "The queue filled, consumers lagged, and the disk of the broker filled with logs."),
        ];

        var site = SiteAnalyzer.Analyze(incidents, SiteConfig.Default, Support.Builds.Clock);
        var kept = SiteAnalyzer.Analyze(incidents, SiteConfig.Default, Support.Builds.Clock, keepSearchIndex: true);
        var chunked = SearchChunker.Chunk(kept.Search.Index!, kept.Search.Documents);

        Assert.Equal(Contents(chunked.Files.Append(chunked.Manifest)), Contents(site.Search.Chunks.Files.Append(site.Search.Chunks.Manifest)));
        Assert.Equal(Contents(kept.Search.Files), Contents(site.Search.Files));
    }

    private static List<(string Path, string Content)> Contents(IEnumerable<SiteFile> files) =>
        [.. files.Select(f => (f.Path, System.Text.Encoding.UTF8.GetString(f.Content)))];
}

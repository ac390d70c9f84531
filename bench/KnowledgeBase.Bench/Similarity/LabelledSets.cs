using System.Collections.Immutable;
using KnowledgeBase.FrontMatter;
using KnowledgeBase.Model;
using KnowledgeBase.Pipeline;

namespace KnowledgeBase.Bench.Similarity;

/// <summary>
/// The two labelled sets of real postmortems in ../shared/corpus/, each read by kb with its labels out
/// of every signal, so no method is scored on what it was told.
/// </summary>
public static class LabelledSets
{
    private static readonly DateTimeOffset Clock = DateTimeOffset.FromUnixTimeSeconds(1795651200);

    /// <summary>
    /// public-postmortems: the label is the source <c>category</c> (an extra, so in no text); the converter
    /// also made a tag of it, removed here everywhere. "Uncategorized" is no label.
    /// </summary>
    public static LabelledSet PublicPostmortems(string repo, string corpus)
    {
        var prepared = new SiteBuilder().Prepare(new BuildOptions(corpus, Path.Combine(repo, "theme"), Clock));
        var categoryOf = prepared.Site.Incidents.ToDictionary(i => i.Id, i => i.Postmortem.Extra.GetValueOrDefault("category") as string);
        var hidden = prepared.Site.Incidents
            .Select(i => i with { Postmortem = i.Postmortem with { Tags = [.. i.Postmortem.Tags.Where(t => t != Slug.From(categoryOf[i.Id] ?? ""))] } })
            .ToList();
        var labels = hidden.ToDictionary(i => i.Id, i => categoryOf[i.Id] is { } c && c != "Uncategorized" ? [c] : ImmutableHashSet<string>.Empty);
        return new LabelledSet("public-postmortems", hidden, labels);
    }

    /// <summary>
    /// icco-postmortems, read through examples/icco/kb.yml without its <c>tags: [categories, keywords]</c>
    /// line: the keywords were derived with the categories, so both stay extras (shown on pages, never
    /// compared). The labels are the <c>categories</c> list.
    /// </summary>
    public static LabelledSet Icco(string repo, string corpus)
    {
        var folder = Directory.CreateTempSubdirectory("kb-icco-eval-");
        try
        {
            var config = Path.Combine(folder.FullName, "kb.yml");
            File.WriteAllLines(config, File.ReadAllLines(Path.Combine(repo, "examples", "icco", "kb.yml"))
                .Where(line => !line.TrimStart().StartsWith("tags:", StringComparison.Ordinal)));
            var prepared = new SiteBuilder().Prepare(new BuildOptions(corpus, Path.Combine(repo, "theme"), Clock) { ConfigFile = config });
            var incidents = prepared.Site.Incidents;

            // The guard this evaluation rests on: no label reached a tag, and the labels are still where we read them.
            if (incidents.Any(i => i.Postmortem.Tags.Length > 0) || !incidents.Any(i => i.Postmortem.Extra.ContainsKey("categories")))
            {
                throw new InvalidOperationException("icco labels leaked into tags, or categories were not kept as an extra");
            }

            var labels = incidents.ToDictionary(i => i.Id, i => i.Postmortem.Extra.GetValueOrDefault("categories") switch
            {
                ImmutableArray<object> list => list.OfType<string>().ToImmutableHashSet(StringComparer.Ordinal),
                string one => [one],
                _ => ImmutableHashSet<string>.Empty,
            });
            return new LabelledSet("icco-postmortems", incidents, labels);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

using KnowledgeBase.Analysis;
using KnowledgeBase.Analysis.Similarity;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.FrontMatter;
using KnowledgeBase.Load;
using KnowledgeBase.Model;

namespace KnowledgeBase.Pipeline;

/// <summary>
/// The past incidents of a knowledge base most similar to a draft, for <c>kb similar</c> and <c>kb new</c>.
/// The draft may be incomplete and need not validate; when it is one of the knowledge base's own files,
/// it is not its own match.
/// </summary>
public sealed class DraftSimilarity(BuildOptions options)
{
    public DraftMatches Find(string draftPath, int top)
    {
        var text = File.Exists(draftPath) ? File.ReadAllText(draftPath) : "";
        var name = Path.GetFileNameWithoutExtension(draftPath);
        var draft = Read(text.Replace("\r\n", "\n", StringComparison.Ordinal), name);
        var input = Path.GetFullPath(options.InputDirectory);
        var full = Path.GetFullPath(draftPath);
        var ownPath = InputLoader.IsInside(input, full) ? Path.GetRelativePath(input, full).Replace('\\', '/') : null;
        return Find(draft, ownPath, top);
    }

    public DraftMatches Find(Postmortem draft, string? ownSourcePath, int top)
    {
        var site = new SiteBuilder().Analyse(options with { IncludeDrafts = true });
        var own = site.Incidents.FirstOrDefault(i => i.Postmortem.SourcePath == ownSourcePath)?.Id;
        // A fresh draft still carries the template's prompts: they are not what the incident is about. The
        // index read them from the template as it was built with drafts; the draft leaves out the same ones.
        var prompts = site.SimilarityIndex.Prompts;
        var document = SimilarityInput.DocumentOf(draft, prompts.Strip(draft.Summary ?? ""), prompts.Strip(Markdig.Markdown.ToPlainText(prompts.Strip(draft.Body))));
        return new DraftMatches(site, site.SimilarityIndex.Similar(document, own ?? draft.Id, top));
    }

    /// <summary>
    /// The draft's fields where its front-matter can be read (in the knowledge base's own schema, kb.yml's
    /// <c>fields:</c>); otherwise its whole text as the body.
    /// </summary>
    private Postmortem Read(string text, string name)
    {
        var quiet = new DiagnosticBag();
        var fields = Configuration.ConfigReader.Read(options.InputDirectory, quiet, options.ConfigFile).Fields;
        var parsed = new PostmortemReader(fieldMap: fields).Read(new SourceFile(name + ".md", name + ".md", text), quiet);
        return parsed ?? new Postmortem { Id = Slug.From(name), SourcePath = name + ".md", Title = name, Body = text };
    }
}

/// <summary>The matches of a draft and the knowledge base they come from (for page addresses).</summary>
public sealed record DraftMatches(SiteModel Site, IReadOnlyList<SimilarIncident> Matches);

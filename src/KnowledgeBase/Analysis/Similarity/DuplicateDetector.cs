using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using KnowledgeBase.Configuration;
using KnowledgeBase.Model;

namespace KnowledgeBase.Analysis.Similarity;

/// <summary>
/// Finds postmortems that may be the same incident filed twice: the same title (ignoring case, spacing and
/// punctuation), or wording at least <see cref="SimilaritySettings.DuplicateScore"/> alike (text cosine,
/// read from the ranked lists). Both of a pair list each other. Similarity ranks them like any other
/// match; this says plainly that one of them may be redundant.
/// </summary>
public static class DuplicateDetector
{
    public static ImmutableDictionary<string, ImmutableArray<PossibleDuplicate>> Detect(
        IReadOnlyList<RenderedPostmortem> incidents, IReadOnlyDictionary<string, IReadOnlyList<SimilarIncident>> similar, SimilaritySettings settings)
    {
        var found = incidents.ToDictionary(i => i.Id, _ => new Dictionary<string, PossibleDuplicate>(StringComparer.Ordinal), StringComparer.Ordinal);
        // A pair found both ways says both reasons, once each.
        void AddOne(RenderedPostmortem from, RenderedPostmortem to, string reason) =>
            found[from.Id][to.Id] = found[from.Id].TryGetValue(to.Id, out var known)
                ? known.Reason.Contains(reason, StringComparison.Ordinal) ? known : known with { Reason = known.Reason + " and " + reason }
                : new PossibleDuplicate(to, reason);

        void Add(RenderedPostmortem a, RenderedPostmortem b, string reason)
        {
            AddOne(a, b, reason);
            AddOne(b, a, reason);
        }

        foreach (var group in incidents.GroupBy(i => TitleKey(i.Postmortem.Title), StringComparer.Ordinal).Where(g => g.Key.Length > 0))
        {
            var same = group.ToList();
            for (var i = 0; i < same.Count; i++)
            {
                for (var j = i + 1; j < same.Count; j++)
                {
                    Add(same[i], same[j], "the same title");
                }
            }
        }

        foreach (var incident in incidents)
        {
            foreach (var match in similar.GetValueOrDefault(incident.Id, []).Where(s => s.Text >= settings.DuplicateScore))
            {
                Add(incident, match.Target, string.Create(CultureInfo.InvariantCulture, $"nearly the same words ({match.Text:0.00} alike)"));
            }
        }

        return found.Where(kv => kv.Value.Count > 0).ToImmutableDictionary(
            kv => kv.Key,
            kv => kv.Value.Values.OrderBy(d => d.Other.Postmortem, IncidentOrder.NewestFirst).ToImmutableArray(),
            StringComparer.Ordinal);
    }

    /// <summary>The letters and digits of a title, lower-case, words one space apart: what "the same title" compares.</summary>
    public static string TitleKey(string title)
    {
        var key = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
            else if (key.Length > 0 && key[^1] != ' ')
            {
                key.Append(' ');
            }
        }

        return key.ToString().TrimEnd();
    }
}

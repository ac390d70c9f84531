using KnowledgeBase.Configuration;
using KnowledgeBase.Model;
using KnowledgeBase.Theming.Maps;

namespace KnowledgeBase.Theming.Views;

/// <summary>
/// The contribution-factor map of one incident: its factors as boxes in columns by category,
/// organizational → process → technical → impact (the way influence usually runs, from the conditions
/// of the organisation to the failing system), with an arrow for each <c>influences</c>, and the same in words.
/// A postmortem whose factors name no influence gets no map: boxes without arrows would only draw again
/// the list of factors by category above it, twice (wide and narrow), on every such page.
/// </summary>
public static class FactorMapBuilder
{
    /// <summary>The columns before the others, then kb.yml's other categories in its order, then technical.</summary>
    private static readonly string[] Leading = ["organizational", "process"];

    private const string Trailing = "technical";

    public static FactorMapView? Build(Postmortem postmortem, SiteConfig config)
    {
        var factors = postmortem.ContributingFactors;
        if (factors.IsEmpty)
        {
            return null;
        }

        // A factor without id (or repeating another's, reported as KB2018) gets a key no id can be.
        var known = new HashSet<string>(StringComparer.Ordinal);
        var keys = factors.Select((f, i) => f.Id is { } id && id != MapInput.ImpactKey && known.Add(id)
            ? id
            : "#" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        // Only influences that name a factor of this postmortem (others are reported, KB2017), once each.
        var edges = factors.SelectMany((f, i) => f.Influences
                .Where(t => t != keys[i] && (t == ContributingFactor.Impact || known.Contains(t)))
                .Select(t => (From: keys[i], To: t == ContributingFactor.Impact ? MapInput.ImpactKey : t)))
            .Distinct()
            .ToList();
        if (edges.Count == 0)
        {
            return null;
        }

        var categories = Order(factors.Select(f => f.Category).Distinct(StringComparer.Ordinal), config);
        var hasImpact = edges.Any(e => e.To == MapInput.ImpactKey);
        List<string> columns = [.. categories.Select(c => c.Length == 0 ? "Uncategorized" : config.FindCategory(c)?.Label ?? c), .. hasImpact ? ["Impact"] : Array.Empty<string>()];
        List<MapNode> nodes = [.. factors.Select((f, i) => new MapNode(keys[i], categories.IndexOf(f.Category), f.Description))];
        if (hasImpact)
        {
            nodes.Add(new MapNode(MapInput.ImpactKey, categories.Count, postmortem.Impact is { } impact ? "Impact: " + impact : "Impact"));
        }

        var input = new MapInput(columns, nodes, edges);
        var names = nodes.ToDictionary(n => n.Key, n => Name(n, factors, keys), StringComparer.Ordinal);
        var linked = edges.SelectMany(e => new[] { e.From, e.To }).ToHashSet(StringComparer.Ordinal);
        var description = $"{Count(factors.Length, "contributing factor")} in {Count(categories.Count, "category", "categories")}"
            + (hasImpact ? " and the impact" : "") + $", with {Count(edges.Count, "arrow")} for what influences what; the list below says the same in words.";
        var svg = FactorMapSvg.Draw(input, "factor-map", "Map of the contributing factors", description);
        var backward = MapLayouter.Layout(input, MapFrame.Wide).Arrows.Select(a => a.Backward).ToList();
        return new FactorMapView(
            svg,
            [.. edges.Select((e, i) => new InfluenceView(names[e.From], names[e.To], backward[i]))],
            [.. keys.Where(k => !linked.Contains(k)).Select(k => names[k])]);
    }

    /// <summary>Columns left to right: organizational, process, kb.yml's other categories, technical, then any unknown ones.</summary>
    private static List<string> Order(IEnumerable<string> used, SiteConfig config)
    {
        var present = used.ToHashSet(StringComparer.Ordinal);
        var configured = config.Categories.Select(c => c.Id).ToList();
        List<string> order = [.. Leading, .. configured.Where(c => !Leading.Contains(c) && c != Trailing), Trailing];
        return [.. order.Where(present.Contains), .. present.Where(c => !order.Contains(c)).Order(StringComparer.Ordinal)];
    }

    private static MapFactorView Name(MapNode node, IReadOnlyList<ContributingFactor> factors, List<string> keys)
    {
        if (node.Key == MapInput.ImpactKey)
        {
            return new MapFactorView("the impact", "");
        }

        var factor = factors[keys.IndexOf(node.Key)];
        var lines = TextWrap.Lines(factor.Description, 90, 1);
        var name = lines.Count > 0 ? lines[0] : factor.Description;
        return new MapFactorView(name, factor.Id is { } id ? ViewBuilder.FactorAnchor(id) : "");
    }

    private static string Count(int n, string one, string? many = null) =>
        FormattableString.Invariant($"{n} {(n == 1 ? one : many ?? one + "s")}");
}

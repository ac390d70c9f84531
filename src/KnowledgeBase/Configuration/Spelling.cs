namespace KnowledgeBase.Configuration;

/// <summary>Suggests the known word a typo most likely meant (edit distance, ties broken ordinally).</summary>
public static class Spelling
{
    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        var lower = word.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var distance = Distance(lower, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // A suggestion further away than half the word is noise, not help.
        return best is not null && bestDistance <= Math.Max(2, lower.Length / 2) ? best : null;
    }

    /// <summary>Levenshtein distance with two rows.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

namespace KnowledgeBase.Analysis.Metrics;

/// <summary>A calendar quarter, the period every trend is counted in.</summary>
public readonly record struct Quarter(int Year, int Number) : IComparable<Quarter>
{
    public static Quarter Of(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        return new Quarter(utc.Year, (utc.Month - 1) / 3 + 1);
    }

    public Quarter Next() => Number == 4 ? new Quarter(Year + 1, 1) : new Quarter(Year, Number + 1);

    public Quarter Previous() => Number == 1 ? new Quarter(Year - 1, 4) : new Quarter(Year, Number - 1);

    public string Label => FormattableString.Invariant($"{Year} Q{Number}");

    /// <summary>Every quarter from <paramref name="first"/> to <paramref name="last"/>, empty ones included.</summary>
    public static List<Quarter> Range(Quarter first, Quarter last)
    {
        var quarters = new List<Quarter>();
        for (var q = first; q <= last; q = q.Next())
        {
            quarters.Add(q);
        }

        return quarters;
    }

    public int CompareTo(Quarter other) => Year != other.Year ? Year.CompareTo(other.Year) : Number.CompareTo(other.Number);

    public override string ToString() => Label;

    public static bool operator <(Quarter left, Quarter right) => left.CompareTo(right) < 0;
    public static bool operator <=(Quarter left, Quarter right) => left.CompareTo(right) <= 0;
    public static bool operator >(Quarter left, Quarter right) => left.CompareTo(right) > 0;
    public static bool operator >=(Quarter left, Quarter right) => left.CompareTo(right) >= 0;
}

using System.Globalization;

namespace KnowledgeBase.Model;

/// <summary>
/// A point in time from front-matter. A plain date (<c>2024-03-12</c>) is kept as midnight UTC with
/// <see cref="HasTime"/> false, so pages never show a time nobody wrote.
/// </summary>
public readonly record struct IncidentTime(DateTimeOffset Value, bool HasTime) : IComparable<IncidentTime>
{
    public string IsoDate => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The machine-readable form for <c>&lt;time datetime&gt;</c>.</summary>
    public string Iso => HasTime
        ? Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
        : IsoDate;

    /// <summary>The day alone, in the human form ("12 Mar 2024"), for lists that name many incidents.</summary>
    public string DayDisplay => Value.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The human form: "12 Mar 2024" or "12 Mar 2024 14:05 UTC".</summary>
    public string Display
    {
        get
        {
            var date = DayDisplay;
            if (!HasTime)
            {
                return date;
            }

            var offset = Value.Offset == TimeSpan.Zero
                ? "UTC"
                : "UTC" + Value.ToString("zzz", CultureInfo.InvariantCulture);
            return date + " " + Value.ToString("HH:mm", CultureInfo.InvariantCulture) + " " + offset;
        }
    }

    public int CompareTo(IncidentTime other) => Value.UtcDateTime.CompareTo(other.Value.UtcDateTime);

    public static bool operator <(IncidentTime left, IncidentTime right) => left.CompareTo(right) < 0;
    public static bool operator >(IncidentTime left, IncidentTime right) => left.CompareTo(right) > 0;
    public static bool operator <=(IncidentTime left, IncidentTime right) => left.CompareTo(right) <= 0;
    public static bool operator >=(IncidentTime left, IncidentTime right) => left.CompareTo(right) >= 0;
}

using System.Globalization;

namespace KnowledgeBase.Theming.Views;

/// <summary>Durations for people: "45 min", "2 h 23 min", "3 d 4 h".</summary>
public static class Durations
{
    public static string Format(TimeSpan span)
    {
        var c = CultureInfo.InvariantCulture;
        if (span.TotalMinutes < 1)
        {
            return "under 1 min";
        }

        if (span.TotalHours < 1)
        {
            return string.Create(c, $"{(int)span.TotalMinutes} min");
        }

        if (span.TotalDays < 1)
        {
            return span.Minutes == 0 ? string.Create(c, $"{span.Hours} h") : string.Create(c, $"{span.Hours} h {span.Minutes} min");
        }

        return span.Hours == 0 ? string.Create(c, $"{(int)span.TotalDays} d") : string.Create(c, $"{(int)span.TotalDays} d {span.Hours} h");
    }
}

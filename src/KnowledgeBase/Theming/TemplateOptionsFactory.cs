using System.Globalization;
using Fluid;
using KnowledgeBase.Theming.Views;

namespace KnowledgeBase.Theming;

/// <summary>
/// Fluid settings with every default made explicit: invariant culture, UTC, the build's clock instead of
/// the machine's, limits on steps and recursion, and access only to the view types (in snake_case).
/// </summary>
public static class TemplateOptionsFactory
{
    public static TemplateOptions Create(Theme theme, DateTimeOffset buildTime)
    {
        var options = new TemplateOptions
        {
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            Now = () => buildTime,
            MaxSteps = 10_000_000,
            MaxRecursion = 32,
            FileProvider = new ThemeFileProvider(theme.Sources),
        };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        Utf8HtmlValue.Register(options);
        foreach (var type in typeof(SiteView).Assembly.GetTypes().Where(t => t.Namespace == typeof(SiteView).Namespace && t.Name.EndsWith("View", StringComparison.Ordinal)))
        {
            options.MemberAccessStrategy.Register(type);
        }

        return options;
    }
}

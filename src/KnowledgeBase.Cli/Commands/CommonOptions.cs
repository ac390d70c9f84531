using System.CommandLine;

namespace KnowledgeBase.Cli.Commands;

/// <summary>Arguments and options that build and check share, described once.</summary>
internal static class CommonOptions
{
    public static Argument<string> Input() => new("INPUT")
    {
        Description = "The folder of postmortems (*.md, with kb.yml beside them).",
        DefaultValueFactory = _ => ".",
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Treat warnings as errors (for CI on pull requests).",
    };

    public static Option<bool> Drafts() => new("--drafts")
    {
        Description = "Include postmortems with status: draft in the site.",
    };

    public static Option<string?> Theme() => new("--theme")
    {
        Description = "Use the theme in this folder (a copy of the default theme, edited) instead of the built-in one.",
        HelpName = "DIR",
    };

    /// <summary>The built-in theme ships beside the program.</summary>
    public static string DefaultTheme => Path.Combine(AppContext.BaseDirectory, "theme");
}

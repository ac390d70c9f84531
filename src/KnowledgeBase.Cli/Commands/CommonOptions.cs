using System.CommandLine;
using KnowledgeBase.Pipeline;

namespace KnowledgeBase.Cli.Commands;

/// <summary>Arguments and options that build and check share, described once.</summary>
internal static class CommonOptions
{
    public static Argument<string> Input() => new("INPUT")
    {
        Description = "The folder of postmortems (*.md, with kb.yml beside them).",
        DefaultValueFactory = _ => ".",
        // Named, or help would list the completions instead: whatever folders the current one holds.
        HelpName = "INPUT",
        CompletionSources = { PathCompletions.Folders },
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
        CompletionSources = { PathCompletions.Folders },
    };

    public static Option<string?> Config() => new("--config")
    {
        Description = "Read the settings from this file instead of INPUT/kb.yml (for example to build an archive in another schema without adding a file to it).",
        HelpName = "FILE",
        CompletionSources = { PathCompletions.FoldersAndYaml },
    };

    /// <summary>The built-in theme ships beside the program.</summary>
    public static string DefaultTheme => Path.Combine(AppContext.BaseDirectory, "theme");

    /// <summary>
    /// The options the commands start from, or null (with a message) when the input folder or the settings
    /// file is missing. The clock comes from SOURCE_DATE_EPOCH when set, so builds can be reproduced.
    /// </summary>
    public static BuildOptions? Resolve(string command, string inputDir, string? theme, ConsoleContext console, string? config = null)
    {
        if (!Directory.Exists(inputDir))
        {
            console.Error.WriteLine($"kb {command}: input folder '{inputDir}' does not exist");
            return null;
        }

        if (config is not null && !File.Exists(config))
        {
            console.Error.WriteLine($"kb {command}: settings file '{config}' (--config) does not exist");
            return null;
        }

        return new BuildOptions(inputDir, theme ?? DefaultTheme, BuildClock.From(console.Environment(BuildClock.Variable), TimeProvider.System))
        {
            ConfigFile = config,
        };
    }
}

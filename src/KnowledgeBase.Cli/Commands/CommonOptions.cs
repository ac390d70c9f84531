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

    public static Option<bool> Gate() => new("--gate")
    {
        Description = "Close the integration gate: a factor no action item addresses, a wont-do item without a reason, an item without owner or ticket are errors (as gate: true in kb.yml).",
    };

    public static Option<bool> Verbose() => new("--verbose")
    {
        Description = $"Print every warning: without it, past {RepeatedWarnings.Shown} warnings of one code the rest are counted in one line.",
    };

    public static Option<bool> Drafts() => new("--drafts")
    {
        Description = "Include postmortems with status: draft in the site.",
    };

    public static Option<string?> Theme() => RequirePath(new Option<string?>("--theme")
    {
        Description = "Use the theme in this folder (a copy of the default theme, edited) instead of the built-in one.",
        HelpName = "DIR",
        CompletionSources = { PathCompletions.Folders },
    });

    public static Option<string?> Config() => RequirePath(new Option<string?>("--config")
    {
        Description = "Read the settings from this file instead of INPUT/kb.yml (for example to build an archive in another schema without adding a file to it).",
        HelpName = "FILE",
        CompletionSources = { PathCompletions.FoldersAndYaml },
    });

    /// <summary>
    /// An empty value names no file or folder (it is not '.', and the path functions refuse it): a usage
    /// error, said as one, like any other value an option does not take.
    /// </summary>
    public static T RequirePath<T>(T option)
        where T : Option
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => t.Value.Length == 0))
            {
                result.AddError($"'{result.IdentifierToken?.Value ?? option.Name}' needs a path, not an empty value");
            }
        });
        return option;
    }

    /// <summary>The built-in theme ships beside the program.</summary>
    public static string DefaultTheme => Path.Combine(AppContext.BaseDirectory, "theme");

    /// <summary>
    /// The options the commands start from, or null (with a message) when the input folder or the settings
    /// file is missing, or SOURCE_DATE_EPOCH is not a time. The clock comes from SOURCE_DATE_EPOCH when set,
    /// so builds can be reproduced.
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

        var epoch = console.Environment(BuildClock.Variable);
        if (BuildClock.From(epoch, TimeProvider.System) is not { } time)
        {
            console.Error.WriteLine(
                $"kb {command}: {BuildClock.Variable} must be a whole number of seconds since 1970-01-01 UTC, from 0 to {BuildClock.MaxEpoch}, not '{TerminalText.Escape(epoch!)}'");
            return null;
        }

        return new BuildOptions(inputDir, theme ?? DefaultTheme, time)
        {
            ConfigFile = config,
        };
    }
}

using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Cli;

/// <summary>
/// A command line kb cannot run, said in one line: what is wrong, and which help to read, as in
/// <c>kb actions: '--format' must be one of table, csv, json, not 'xml'; see 'kb actions --help'</c>.
/// System.CommandLine's own report prints its errors, then the whole help, and exits 1: the line that matters
/// scrolls away, and a script cannot tell a usage problem (2, as every other usage problem of kb) from findings (1).
/// </summary>
internal static partial class UsageError
{
    public const int ExitCode = 2;

    /// <summary>The line to print, or null when the command line can run (help, --version and completion included).</summary>
    public static string? Describe(ParseResult parse)
    {
        // Help, --version and the [suggest] directive answer whatever else the line holds, as they always did.
        if (parse.Action is not ParseErrorAction && parse.Action != parse.CommandResult.Command.Action)
        {
            return null;
        }

        // A stray word comes first: `kb bogus` also lacks a command, but the word is what to fix.
        var problem = StrayWord(parse) ?? (parse.Errors.Count > 0 ? Explain(parse.Errors[0]) : null);
        if (problem is null)
        {
            return null;
        }

        var command = CommandPath(parse.CommandResult);
        return $"{command}: {problem}; see '{command} --help'";
    }

    /// <summary>
    /// A word no option or argument wanted, or an option kb does not have. System.CommandLine hands a word it does
    /// not know, <c>--force</c> included, to a command's argument when one is free: <c>kb init --force</c> would
    /// create a folder named <c>--force</c>. Such a word counts as an option unless it comes after <c>--</c>,
    /// which is how to name a folder that starts with a dash.
    /// </summary>
    private static string? StrayWord(ParseResult parse)
    {
        var escape = parse.Tokens.ToList().FindIndex(t => t.Type == TokenType.DoubleDash);
        var escaped = parse.Tokens.Skip(escape < 0 ? parse.Tokens.Count : escape + 1).ToHashSet(ReferenceEqualityComparer.Instance);
        var taken = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens);
        if (taken.FirstOrDefault(t => LooksLikeOption(t.Value) && !escaped.Contains(t)) is { } option)
        {
            return $"unknown option '{option.Value}'";
        }

        if (parse.UnmatchedTokens is not [var word, ..])
        {
            return null;
        }

        return LooksLikeOption(word) ? $"unknown option '{word}'"
            : parse.CommandResult.Command.Subcommands.Count > 0 ? $"unknown command '{word}'; the commands are {Commands(parse.CommandResult.Command)}"
            : $"unexpected argument '{word}'";
    }

    /// <summary>A dash then a letter: <c>-x</c>, <c>--bogus</c>; not <c>-</c> or <c>-40 °C</c>.</summary>
    [GeneratedRegex("^--?[A-Za-z]")]
    private static partial Regex OptionLike();

    private static bool LooksLikeOption(string word) => OptionLike().IsMatch(word);

    private static string Explain(ParseError error) => error.SymbolResult switch
    {
        CommandResult command when command.Command.Subcommands.Count > 0 => $"no command given; the commands are {Commands(command.Command)}",
        OptionResult option => Value(
            $"'{option.IdentifierToken?.Value ?? option.Option.Name}'", option.Tokens, option.Option.ValueType, option.Option.GetCompletions(CompletionContext.Empty), error.Message),
        ArgumentResult { Tokens.Count: 0 } argument => $"missing the {argument.Argument.HelpName ?? argument.Argument.Name} argument",
        ArgumentResult argument => Value(
            argument.Argument.HelpName ?? argument.Argument.Name, argument.Tokens, argument.Argument.ValueType, argument.Argument.GetCompletions(CompletionContext.Empty), error.Message),
        _ => OneLine(error.Message),
    };

    /// <summary>What is wrong with the value given to an option or argument.</summary>
    private static string Value(string name, IReadOnlyList<Token> tokens, Type type, IEnumerable<CompletionItem> completions, string message)
    {
        if (tokens.Count == 0)
        {
            return $"{name} needs a value";
        }

        var choices = Choices(completions, message);
        if (choices.Count > 0 && tokens.FirstOrDefault(t => !choices.Contains(t.Value)) is { } other)
        {
            return $"{name} must be one of {string.Join(", ", choices)}, not '{other.Value}'";
        }

        if ((type == typeof(int) || type == typeof(long))
            && tokens.FirstOrDefault(t => !long.TryParse(t.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) is { } text)
        {
            return $"{name} must be a whole number, not '{text.Value}'";
        }

        // A validator of kb's own wrote the message for this line (kb serve's port range).
        return OneLine(message);
    }

    /// <summary>
    /// The values an option accepts, in the order its error lists them; empty unless the error quotes every value
    /// the option completes to. An option limited to a list (<c>AcceptOnlyFromAmong</c>) completes to that list and
    /// its error quotes it whole; an option that completes to paths never lists the current folder in an error.
    /// </summary>
    private static List<string> Choices(IEnumerable<CompletionItem> completions, string message)
    {
        var quoted = completions.Select(c => (c.Label, At: message.IndexOf($"'{c.Label}'", StringComparison.Ordinal))).ToList();
        return quoted.Count > 0 && quoted.All(q => q.At >= 0) ? [.. quoted.OrderBy(q => q.At).Select(q => q.Label)] : [];
    }

    private static string Commands(Command command) => string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));

    /// <summary><c>kb</c>, then the subcommands: the root's own name is the process's (<c>testhost</c> under tests).</summary>
    private static string CommandPath(CommandResult command) =>
        command.Parent is CommandResult parent ? $"{CommandPath(parent)} {command.Command.Name}" : "kb";

    private static string OneLine(string message) => Whitespace().Replace(message, " ").Trim().TrimEnd('.');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

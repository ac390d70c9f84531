using Spectre.Console;

namespace KnowledgeBase.Cli;

/// <summary>Where a command writes and what it knows of its environment; passed in so tests can capture both.</summary>
public sealed class ConsoleContext(TextWriter output, TextWriter error, Func<string, string?> environment)
{
    private IAnsiConsole? _display;

    /// <summary>What scripts read: JSON, CSV, tables, workflow annotations. Nothing decorative ever goes here.</summary>
    public TextWriter Output { get; } = output;

    /// <summary>What people read: findings, progress and summaries.</summary>
    public TextWriter Error { get; } = error;

    public Func<string, string?> Environment { get; } = environment;

    /// <summary>
    /// A person watches the error stream: it is the process's own, not redirected to a file or a pipe, and the
    /// terminal is not a dumb one. Only then is there a live status and are findings grouped under their
    /// file; otherwise every line is plain, one finding per line, as CI logs, editors and scripts expect.
    /// </summary>
    public bool IsInteractive =>
        ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected
        && !string.Equals(Environment("TERM"), "dumb", StringComparison.Ordinal);

    /// <summary>
    /// Colors only at an interactive terminal, and never when NO_COLOR is set. NO_COLOR asks for no color,
    /// not for less information: the live status and the grouping stay.
    /// </summary>
    public bool UseColor => IsInteractive && string.IsNullOrEmpty(Environment("NO_COLOR"));

    public bool IsGitHubActions => string.Equals(Environment("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Spectre.Console over the error stream: standard output stays for what scripts read.</summary>
    public IAnsiConsole Display => _display ??= CreateDisplay();

    private IAnsiConsole CreateDisplay() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Error),
        // When nobody watches, no escape sequence at all: captured text and CI logs stay plain. Spectre's own
        // detection would switch ANSI on for known CI services, so it is only asked at a terminal.
        Ansi = IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = UseColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = IsInteractive ? InteractionSupport.Yes : InteractionSupport.No,
        Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
    });
}

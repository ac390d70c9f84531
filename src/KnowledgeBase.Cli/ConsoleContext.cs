namespace KnowledgeBase.Cli;

/// <summary>Where a command writes and what it knows of its environment; passed in so tests can capture both.</summary>
public sealed record ConsoleContext(TextWriter Output, TextWriter Error, Func<string, string?> Environment)
{
    /// <summary>Colors only for a person at a terminal, and never when NO_COLOR is set.</summary>
    public bool UseColor =>
        ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment("NO_COLOR"));

    public bool IsGitHubActions => string.Equals(Environment("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);
}

namespace KnowledgeBase.Cli.Init;

/// <summary>
/// The files <c>kb init</c> writes. Their text is embedded in kb (from <c>Init/Files/</c> and the theme's
/// <c>new-postmortem.md</c>), so it is never looked for on disk, and only this list says where each goes:
/// the sources are named so that they do not act in this repository (<c>gitignore</c>, not <c>.gitignore</c>).
/// </summary>
internal static class StarterFiles
{
    /// <summary>Stands for the source of the running kb in a starter file (the CI builds kb from it).</summary>
    public const string RefToken = "{kb_ref}";

    /// <summary>The composite action both workflows install kb with: the one place that says where kb comes from.</summary>
    public const string InstallAction = ".github/actions/install-kb/action.yml";

    /// <summary>Where the example postmortem goes: named like the files kb new writes.</summary>
    public const string ExamplePostmortem = "2025-03-18-orders-database-disk-full.md";

    private static readonly (string Path, string Resource, string Purpose)[] Layout =
    [
        ("kb.yml", "kb.yml", "the settings, each explained; start with the title"),
        (ExamplePostmortem, "example-postmortem.md", "an example postmortem: read it, then delete it"),
        (Commands.NewCommand.OwnTemplate, "new-postmortem.md", "the template kb new starts from; make it yours"),
        (".gitignore", "gitignore", "keeps the built site out of git"),
        (InstallAction, "install-kb-action.yml", "builds this kb from its source for the workflows"),
        (".github/workflows/kb-check.yml", "kb-check.yml", "runs kb check --strict on every pull request"),
        (".github/workflows/kb-publish.yml", "kb-publish.yml", "builds main and publishes it to GitHub Pages"),
    ];

    public static IReadOnlyList<StarterFile> All { get; } = [.. Layout.Select(f => new StarterFile(f.Path, f.Purpose, Read(f.Resource)))];

    private static string Read(string resource)
    {
        using var stream = typeof(StarterFiles).Assembly.GetManifestResourceStream("init/" + resource)
            ?? throw new InvalidOperationException($"kb was built without its starter file '{resource}'");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace(RefToken, KbSource.Ref, StringComparison.Ordinal);
    }
}

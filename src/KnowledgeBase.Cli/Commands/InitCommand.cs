using System.CommandLine;
using KnowledgeBase.Cli.Init;

namespace KnowledgeBase.Cli.Commands;

/// <summary>
/// <c>kb init [DIR]</c>: starts a knowledge base with everything a team needs on its first day (settings,
/// an example, the template, a .gitignore and GitHub workflows), and never overwrites: when any of its
/// files is already there, it writes none of them.
/// </summary>
internal static class InitCommand
{
    public static Command Create(ConsoleContext console)
    {
        var dir = new Argument<string>("DIR")
        {
            Description = "Where to create the knowledge base (created when missing); the root of its git repository.",
            DefaultValueFactory = _ => ".",
        };
        var command = new Command("init", "Create a new knowledge base: kb.yml with every setting explained, an example postmortem, the template kb new starts from, a .gitignore, and GitHub workflows that check pull requests and publish the site to GitHub Pages. Overwrites nothing.")
        {
            dir,
        };

        command.SetAction(parse =>
        {
            var root = parse.GetValue(dir)!;
            if (File.Exists(root))
            {
                console.Error.WriteLine($"kb init: '{root}' is a file, not a folder");
                return 2;
            }

            if (RefuseLinks(root, console))
            {
                return 2;
            }

            var conflicts = StarterFiles.All.Where(f => IsTaken(root, f.Path)).ToList();
            if (conflicts.Count > 0)
            {
                console.Error.WriteLine($"kb init: {(conflicts.Count == 1 ? "this file exists" : "these files exist")} in '{root}', so nothing was written:");
                foreach (var file in conflicts)
                {
                    console.Error.WriteLine("  " + file.Path);
                }

                console.Error.WriteLine("kb init: move them away (or choose another folder) and run kb init again.");
                return 2;
            }

            if (WriteAll(root) is { } problem)
            {
                console.Error.WriteLine($"kb init: {problem}; nothing was written");
                return 2;
            }

            PrintNextSteps(root, parse.RootCommandResult.Command, console);
            return 0;
        });
        return command;
    }

    /// <summary>Says so and returns true when a starter file would be written through a link leading outside the folder.</summary>
    private static bool RefuseLinks(string root, ConsoleContext console)
    {
        string? problem;
        try
        {
            problem = OutsideLink.Find(root, StarterFiles.All.Select(f => f.Path)) is { } link
                ? $"'{link.Path}' is a link to '{link.Target}', outside '{root}'; kb init writes only inside the folder it sets up"
                : null;
        }
        catch (IOException ex)
        {
            problem = $"cannot follow the links in '{root}': {ex.Message}";
        }

        if (problem is not null)
        {
            console.Error.WriteLine($"kb init: {TerminalText.Escape(problem)}, so nothing was written");
        }

        return problem is not null;
    }

    /// <summary>
    /// Whether a file cannot be written without losing something: it exists (as a file or a folder), or a
    /// folder on its way is a file.
    /// </summary>
    private static bool IsTaken(string root, string relative)
    {
        var path = root;
        var parts = relative.Split('/');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            path = Path.Combine(path, parts[i]);
            if (File.Exists(path))
            {
                return true;
            }
        }

        path = Path.Combine(path, parts[^1]);
        return File.Exists(path) || Directory.Exists(path);
    }

    /// <summary>
    /// Writes every starter file, each only if it is still absent (<see cref="FileMode.CreateNew"/>). On any
    /// failure it removes what it wrote, so a run writes all or nothing; returns the failure, or null.
    /// </summary>
    private static string? WriteAll(string root)
    {
        var createdFolders = new List<string>();
        var createdFiles = new List<string>();
        try
        {
            foreach (var file in StarterFiles.All)
            {
                var path = Path.Combine(root, file.Path);
                CreateFolders(Path.GetDirectoryName(path)!, createdFolders);
                using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
                {
                    createdFiles.Add(path);
                    using var writer = new StreamWriter(stream);
                    writer.Write(file.Text);
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            foreach (var path in createdFiles)
            {
                File.Delete(path);
            }

            foreach (var folder in Enumerable.Reverse(createdFolders))
            {
                Directory.Delete(folder);
            }

            return ex.Message;
        }
    }

    /// <summary>Creates a folder and the missing ones above it, noting each it created, outermost first.</summary>
    private static void CreateFolders(string folder, List<string> created)
    {
        if (folder.Length == 0 || Directory.Exists(folder))
        {
            return;
        }

        CreateFolders(Path.GetDirectoryName(folder) ?? "", created);
        Directory.CreateDirectory(folder);
        created.Add(folder);
    }

    private static void PrintNextSteps(string root, Command kb, ConsoleContext console)
    {
        var output = console.Output;
        output.WriteLine($"Created a knowledge base in {(root == "." ? "the current folder" : root)}:");
        var width = StarterFiles.All.Max(f => f.Path.Length);
        foreach (var file in StarterFiles.All)
        {
            output.WriteLine($"  {file.Path.PadRight(width)}  {file.Purpose}");
        }

        output.WriteLine();
        output.WriteLine("Next:");
        if (root != ".")
        {
            output.WriteLine($"  cd {(root.Contains(' ', StringComparison.Ordinal) ? $"\"{root}\"" : root)}");
        }

        // Name kb serve only when this kb has it; otherwise a static server that most machines have.
        (string Command, string Purpose)[] steps =
        [
            ("kb new \"What happened\"", "start a postmortem, and see the similar past incidents"),
            ("kb build", "build the site into _site/"),
            kb.Subcommands.Any(c => c.Name == "serve")
                ? ("kb serve", "look at the site in a browser, search included")
                : ("python3 -m http.server -d _site", "look at the site in a browser, search included"),
        ];
        var commandWidth = steps.Max(s => s.Command.Length);
        foreach (var (step, purpose) in steps)
        {
            output.WriteLine($"  {step.PadRight(commandWidth)}  {purpose}");
        }

        // What kb cannot know or do from here: where its own source is published, and the repository's settings.
        output.WriteLine();
        output.WriteLine("Before the GitHub workflows can run:");
        output.WriteLine($"  - set 'repository' in {StarterFiles.InstallAction} to the GitHub repository (owner/name)");
        output.WriteLine($"    of KnowledgeBase: the workflows build kb from it, at {(KbSource.Commit is null ? "the tag of this kb's version" : "the commit this kb was built from")},");
        output.WriteLine($"    {KbSource.Ref}, which it must hold;");
        output.WriteLine("  - push to GitHub, and choose \"GitHub Actions\" as the source in Settings > Pages.");
    }
}

using System.CommandLine;
using System.Text.Json;
using Fluid;
using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.FrontMatter;
using KnowledgeBase.Load;
using KnowledgeBase.Model;
using KnowledgeBase.Pipeline;

namespace KnowledgeBase.Cli.Commands;

/// <summary>
/// <c>kb new "Title"</c>: writes a new postmortem from the knowledge base's template (else the theme's), never over an existing file,
/// then lists the similar past incidents so the author can link them before writing.
/// </summary>
internal static class NewCommand
{
    public const string TemplateFile = PostmortemTemplate.FileName;

    /// <summary>
    /// A knowledge base's own template, which wins over the theme's: a team edits its sections once for
    /// every postmortem to come. In a hidden folder, so it is never read as a postmortem.
    /// </summary>
    public const string OwnTemplate = PostmortemTemplate.OwnPath;

    public static Command Create(ConsoleContext console)
    {
        var title = new Argument<string>("TITLE") { Description = "What happened, in a few words." };
        var input = SimilarCommand.InputOption();
        var tags = new Option<string?>("--tags") { Description = "Tags, separated by commas.", HelpName = "a,b" };
        var services = new Option<string?>("--services") { Description = "Services involved, separated by commas.", HelpName = "x,y" };
        var theme = CommonOptions.Theme();
        var command = new Command("new", $"Start a new postmortem from the template ({OwnTemplate} when the knowledge base has one, else the theme's; front-matter filled, the usual sections with prompts) and list similar past incidents.")
        {
            title, input, tags, services, theme,
        };

        command.SetAction(parse =>
        {
            var inputDir = parse.GetValue(input)!;
            if (CommonOptions.Resolve("new", inputDir, parse.GetValue(theme), console) is not { } options)
            {
                return 2;
            }

            var name = parse.GetValue(title)!.Trim();
            var tagList = Split(parse.GetValue(tags));
            var serviceList = Split(parse.GetValue(services));
            var date = DateOnly.FromDateTime(options.BuildTime.UtcDateTime);
            var path = Path.Combine(inputDir, $"{date:yyyy-MM-dd}-{Slug.From(name)}.md");
            if (File.Exists(path))
            {
                console.Error.WriteLine($"kb new: '{path}' already exists; nothing was written");
                return 1;
            }

            var config = ConfigReader.Read(inputDir, new DiagnosticBag());
            var ownTemplate = Path.Combine(inputDir, OwnTemplate);
            var template = File.Exists(ownTemplate) ? ownTemplate : Path.Combine(options.ThemeDirectory, TemplateFile);
            var text = Render(template, name, date, tagList, serviceList, config);
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(file))
            {
                writer.Write(text);
            }

            console.Output.WriteLine($"Wrote {path}");
            var draft = new Postmortem
            {
                Id = Slug.From(Path.GetFileNameWithoutExtension(path)),
                SourcePath = Path.GetFileName(path),
                Title = name,
                Tags = [.. tagList],
                Services = [.. serviceList],
            };
            var found = new DraftSimilarity(options).Find(draft, Path.GetFileName(path), 5);
            console.Output.WriteLine(found.Matches.Count == 0
                ? "No similar past incident yet."
                : "Similar past incidents: read them, and name the ones that apply in 'related':");
            if (found.Matches.Count > 0)
            {
                SimilarCommand.Print(found.Matches, console);
            }

            return 0;
        });
        return command;
    }

    private static List<string> Split(string? list) =>
        [.. (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>The template, with every value written as a YAML double-quoted string (JSON's escaping is valid YAML).</summary>
    private static string Render(string templatePath, string title, DateOnly date, List<string> tags, List<string> services, SiteConfig config)
    {
        var parser = new FluidParser();
        if (!parser.TryParse(File.ReadAllText(templatePath), out var template, out var error))
        {
            throw new InvalidOperationException($"{templatePath}: {error}");
        }

        var context = new TemplateContext(new TemplateOptionsBuilder().WithCultureInfo(System.Globalization.CultureInfo.InvariantCulture).Build());
        context.SetValue("title", JsonSerializer.Serialize(title));
        context.SetValue("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        context.SetValue("tags", string.Join(", ", tags.Select(t => JsonSerializer.Serialize(t))));
        context.SetValue("services", string.Join(", ", services.Select(s => JsonSerializer.Serialize(s))));
        context.SetValue("severities", string.Join(", ", config.Severities.Select(s => s.Id)));
        context.SetValue("categories", string.Join(" | ", config.Categories.Select(c => c.Id)));
        // Not HTML: values are escaped for YAML above, so the template's output is taken as it is.
        return template.Render(context, NullEncoder.Default);
    }
}

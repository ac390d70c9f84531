using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Cli.Tests.Support;

/// <summary>
/// One named step of a composite action (<c>runs.steps</c>) or of a workflow's jobs, read from the file: the
/// script it runs and the names of the variables it sets, so a test can run what CI would.
/// </summary>
internal sealed record ActionStep(string Run, IReadOnlyList<string> Environment)
{
    public static ActionStep Named(string file, string name)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(file))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var steps = root.Children.TryGetValue("runs", out var runs)
            ? Steps(runs)
            : ((YamlMappingNode)root["jobs"]).Children.Values.SelectMany(Steps);
        var step = steps.SingleOrDefault(s => s.Children.TryGetValue("name", out var n) && n.ToString() == name)
            ?? throw new InvalidOperationException($"{file} has no step named '{name}'");
        var environment = step.Children.TryGetValue("env", out var env) ? ((YamlMappingNode)env).Children.Keys.Select(k => k.ToString()).ToList() : [];
        return new ActionStep(step["run"].ToString(), environment);
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlNode parent) => ((YamlSequenceNode)((YamlMappingNode)parent)["steps"]).Cast<YamlMappingNode>();
}

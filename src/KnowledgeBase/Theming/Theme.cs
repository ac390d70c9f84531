using System.Collections.Immutable;
using Fluid;

namespace KnowledgeBase.Theming;

/// <summary>A loaded theme: parsed Liquid templates by name, the folder of partials, and static assets to copy.</summary>
public sealed record Theme(
    string Directory,
    ImmutableDictionary<string, IFluidTemplate> Templates,
    ImmutableArray<string> AssetFiles)
{
    public const string TemplatesFolder = "templates";
    public const string AssetsFolder = "assets";

    /// <summary>The templates every theme provides; a theme without one of them is reported before anything is written.</summary>
    public static readonly ImmutableArray<string> RequiredTemplates =
        ["layout", "home", "incident", "incidents", "taxonomy", "term", "404"];

    public IFluidTemplate this[string name] => Templates[name];
}

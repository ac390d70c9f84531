using System.Collections.Immutable;
using Fluid;

namespace KnowledgeBase.Theming;

/// <summary>A loaded theme: parsed Liquid templates by name, the folder of partials, and static assets to copy.</summary>
/// <param name="Sources">Each template's text by its path under <c>templates/</c>, read once: partials are rendered from it.</param>
/// <param name="Fingerprint">A hash of every template's text: pages rendered with equal fingerprints and views are equal.</param>
public sealed record Theme(
    string Directory,
    ImmutableDictionary<string, IFluidTemplate> Templates,
    ImmutableDictionary<string, string> Sources,
    ImmutableArray<string> AssetFiles,
    string Fingerprint)
{
    public const string TemplatesFolder = "templates";
    public const string AssetsFolder = "assets";

    /// <summary>The templates every theme provides; a theme without one of them is reported before anything is written.</summary>
    public static readonly ImmutableArray<string> RequiredTemplates =
        ["layout", "home", "incident", "incidents", "taxonomy", "term", "search", "repeats", "actions", "metrics", "patterns", "404"];

    /// <summary>
    /// Browser libraries the theme installs with npm (theme/package.json and its lock file), and where
    /// the site carries them.
    /// </summary>
    public static readonly ImmutableArray<(string Source, string Target)> VendorFiles =
        [("node_modules/lunr/lunr.min.js", "assets/vendor/lunr.min.js")];

    public IFluidTemplate this[string name] => Templates[name];
}

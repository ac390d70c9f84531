using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Fluid;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Theming;

/// <summary>
/// Reads and parses a theme folder once per build: <c>templates/*.liquid</c> (partials in
/// <c>templates/partials/</c>) and the files under <c>assets/</c>. Parse errors are reported with the
/// template's line and column.
/// </summary>
public static partial class ThemeLoader
{
    [GeneratedRegex(@"\((?<line>\d+):(?<column>\d+)\)")]
    private static partial Regex ErrorPosition();

    public static Theme? Load(string themeDirectory, FluidParser parser, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(themeDirectory);
        var templatesDir = Path.Combine(root, Theme.TemplatesFolder);
        if (!Directory.Exists(templatesDir))
        {
            diagnostics.Error(Display(root, templatesDir), SourcePosition.Start, DiagnosticCodes.ThemeError,
                $"theme folder '{themeDirectory}' has no '{Theme.TemplatesFolder}' folder");
            return null;
        }

        // Partials are parsed too, so an error in one is reported here rather than thrown while rendering.
        var templates = ImmutableDictionary.CreateBuilder<string, IFluidTemplate>(StringComparer.Ordinal);
        var sources = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        using var fingerprint = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(templatesDir, "*.liquid", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var source = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            var relative = Path.GetRelativePath(templatesDir, file);
            var path = relative.Replace('\\', '/');
            fingerprint.AppendData(System.Text.Encoding.UTF8.GetBytes(relative + "\0" + source + "\0"));
            sources[path] = source;
            if (parser.TryParse(source, out var template, out var error))
            {
                templates[path[..^".liquid".Length]] = template;
            }
            else
            {
                var match = ErrorPosition().Match(error);
                var position = match.Success
                    ? new SourcePosition(int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                        int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture))
                    : SourcePosition.Start;
                diagnostics.Error(Display(root, file), position, DiagnosticCodes.ThemeError, "template does not parse: " + error);
            }
        }

        foreach (var required in Theme.RequiredTemplates.Where(r => !templates.ContainsKey(r)))
        {
            if (!File.Exists(Path.Combine(templatesDir, required + ".liquid")))
            {
                diagnostics.Error(Display(root, templatesDir), SourcePosition.Start, DiagnosticCodes.ThemeError,
                    $"the theme has no '{required}.liquid' template");
            }
        }

        foreach (var (source, _) in Theme.VendorFiles.Where(v => !File.Exists(Path.Combine(root, v.Source))))
        {
            diagnostics.Error(Path.Combine(root, source), SourcePosition.Start, DiagnosticCodes.ThemeError,
                $"the theme's browser library '{source}' is missing; run 'npm ci' in {root}");
        }

        var assetsDir = Path.Combine(root, Theme.AssetsFolder);
        var assets = Directory.Exists(assetsDir)
            ? Directory.EnumerateFiles(assetsDir, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(assetsDir, f).Replace('\\', '/'))
                .Where(f => !f.Split('/').Any(s => s.StartsWith('.')))
                .Order(StringComparer.Ordinal)
                .ToImmutableArray()
            : [];

        return new Theme(root, templates.ToImmutable(), sources.ToImmutable(), assets, Convert.ToHexStringLower(fingerprint.GetHashAndReset()));
    }

    /// <summary>Theme files are named by full path: they do not live in the input folder.</summary>
    private static string Display(string root, string path) => Path.GetFullPath(path, root);
}

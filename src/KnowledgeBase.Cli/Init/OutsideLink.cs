using KnowledgeBase.Load;

namespace KnowledgeBase.Cli.Init;

/// <summary>
/// A folder or file on the way to a starter file that is a link leading outside the folder kb init sets up.
/// Writing through it would put files anywhere the link points (a cloned repository can hold
/// <c>.kb -> ~/.ssh</c>), so kb init refuses. A link that stays inside is harmless and followed.
/// </summary>
/// <param name="Path">The link, relative to the folder, with forward slashes.</param>
/// <param name="Target">Where it really leads.</param>
internal sealed record OutsideLink(string Path, string Target)
{
    /// <summary>The first link outside <paramref name="root"/> on the way to any of the files, or null.</summary>
    /// <exception cref="IOException">Links on the way loop.</exception>
    public static OutsideLink? Find(string root, IEnumerable<string> relativePaths)
    {
        var realRoot = RealPath.Of(root);
        foreach (var relative in relativePaths)
        {
            var parts = relative.Split('/');
            for (var i = 1; i <= parts.Length; i++)
            {
                var partial = string.Join('/', parts[..i]);
                var real = RealPath.Of(System.IO.Path.Combine(root, partial));
                if (!RealPath.IsWithin(realRoot, real))
                {
                    return new OutsideLink(partial, real);
                }
            }
        }

        return null;
    }
}

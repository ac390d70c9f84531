using System.Security.Cryptography;

namespace KnowledgeBase.Analysis.Search;

/// <summary>A generated file of the site: where it goes (relative to the site root) and its bytes.</summary>
public sealed record SiteFile(string Path, byte[] Content)
{
    /// <summary>
    /// <paramref name="stem"/>, a hash of the content, and <paramref name="extension"/>:
    /// <c>search/index.3f9a0c12d4.json</c>. A changed file gets a new name, so a cached one is never stale.
    /// </summary>
    public static SiteFile Hashed(string stem, string extension, byte[] content) =>
        new($"{stem}.{Convert.ToHexStringLower(SHA256.HashData(content))[..10]}{extension}", content);

    /// <summary>
    /// Files that are only ever read as a set, numbered from 0 and named with one hash of them all:
    /// <c>search/terms/t0.3f9a0c12d4.json</c>, <c>search/terms/t1.3f9a0c12d4.json</c>… A list of them
    /// then needs no name per file (a client builds the name from the number), and a changed file
    /// renames the whole set, so no cached one is ever stale.
    /// </summary>
    public static IReadOnlyList<SiteFile> NumberedSet(string stem, string extension, IReadOnlyList<byte[]> contents)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var content in contents)
        {
            hash.AppendData(BitConverter.GetBytes(content.Length));
            hash.AppendData(content);
        }

        var setHash = Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
        return [.. contents.Select((content, n) => new SiteFile($"{stem}{n}.{setHash}{extension}", content))];
    }

    /// <summary>The part of a numbered set's names after the number: <c>.3f9a0c12d4.json</c>.</summary>
    public static string SetSuffix(IReadOnlyList<SiteFile> set) =>
        set.Count == 0 ? ".json" : set[0].Path[set[0].Path.IndexOf('.', set[0].Path.LastIndexOf('/') + 1)..];
}

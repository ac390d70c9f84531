using System.Security.Cryptography;
using System.Text;
using KnowledgeBase.Model;

namespace KnowledgeBase.Incremental;

/// <summary>
/// The content hash a cached rendering is filed under. A body's HTML and its findings are a function of
/// what the render stage reads of the postmortem (<see cref="For"/> lists it), kb.yml's blameless check,
/// which file becomes which page (<see cref="Rendering.LinkResolver.Fingerprint"/>) and the code that
/// renders it; the key covers each, so any change to one is a miss, never a stale page. The files a body
/// links to are checked apart, on every build (<see cref="CachingRenderer"/>).
/// </summary>
public sealed class RenderKey
{
    /// <summary>Bumped when the cache's file format changes.</summary>
    private const string Format = "kb-render-cache/2";

    private readonly byte[] _site;

    /// <param name="blamelessCheck">kb.yml's <c>blameless_check</c>.</param>
    /// <param name="linkFingerprint">Which source file becomes which page.</param>
    public RenderKey(bool blamelessCheck, string linkFingerprint)
    {
        _site = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\0', Format, CacheFiles.CodeVersion, blamelessCheck ? "blameless" : "-", linkFingerprint)));
    }

    /// <summary>The key of one postmortem: every field of it the render stage reads, and nothing else.</summary>
    public string For(Postmortem postmortem)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_site);
        string[] parts =
        [
            postmortem.SourcePath, postmortem.Id, postmortem.Title, postmortem.Summary ?? "\0", string.Join('\u001f', postmortem.Authors),
            postmortem.BlamelessCheck ? "1" : "0", postmortem.BodyLine.ToString(System.Globalization.CultureInfo.InvariantCulture), postmortem.Body,
        ];
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

using System.Security.Cryptography;
using System.Text;
using KnowledgeBase.Model;

namespace KnowledgeBase.Incremental;

/// <summary>
/// The content hash a cached rendering is filed under. A body's HTML is a function of the postmortem's
/// file (its text and path; its id), kb.yml (aliases, the blameless check), which file becomes which
/// page (<see cref="Rendering.LinkResolver.Fingerprint"/>) and the code that renders it; the key covers
/// each, so any change to one is a miss, never a stale page.
/// </summary>
public sealed class RenderKey
{
    /// <summary>Bumped when the cache's file format changes.</summary>
    private const string Format = "kb-render-cache/1";

    private readonly byte[] _site;

    /// <param name="configText">kb.yml as read (empty when there is none).</param>
    /// <param name="linkFingerprint">Which source file becomes which page.</param>
    public RenderKey(string configText, string linkFingerprint)
    {
        _site = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\0', Format, CacheFiles.CodeVersion, configText, linkFingerprint)));
    }

    /// <param name="sourceText">The postmortem file's text as loaded.</param>
    public string For(Postmortem postmortem, string sourceText)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_site);
        foreach (var part in new[] { postmortem.SourcePath, postmortem.Id, sourceText })
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

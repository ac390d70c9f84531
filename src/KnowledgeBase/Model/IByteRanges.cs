namespace KnowledgeBase.Model;

/// <summary>A store of byte ranges written once and read back by position (see <see cref="Utf8Html.Stored"/>).</summary>
public interface IByteRanges
{
    /// <summary>A new array with the <paramref name="length"/> bytes kept at <paramref name="offset"/>.</summary>
    byte[] Read(long offset, int length);
}

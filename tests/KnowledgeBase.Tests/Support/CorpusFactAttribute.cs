namespace KnowledgeBase.Tests.Support;

/// <summary>
/// A test on the real postmortems of ../shared/corpus: skipped, with the reason, in a clone that has no
/// shared folder beside it (a clone on GitHub), instead of failing there.
/// </summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!Directory.Exists(RepoPaths.SharedCorpus))
        {
            Skip = $"needs the shared corpus of real postmortems at {RepoPaths.SharedCorpus}, which this checkout does not have";
        }
    }
}

namespace KnowledgeBase.Bench;

/// <summary>A line of stderr, when it arrived after the process started, and the process's peak memory at that moment.</summary>
public sealed record StampedLine(TimeSpan At, string Text, long? PeakKilobytes);

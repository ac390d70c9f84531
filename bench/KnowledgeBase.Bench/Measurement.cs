namespace KnowledgeBase.Bench;

/// <summary>What one run of a program cost, as the kernel counted it, and the lines it wrote to stderr as they came.</summary>
/// <param name="Cpu">User plus system time, on every core: above <paramref name="Wall"/> when the program ran in parallel.</param>
/// <param name="PeakBytes">Peak resident memory (max RSS) of the process.</param>
public sealed record Measurement(TimeSpan Wall, TimeSpan Cpu, long PeakBytes, IReadOnlyList<StampedLine> ErrorLines);

using KnowledgeBase.Output;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Output;

/// <summary>One build at a time writes an output folder; the lock it holds is a file beside the output, gone when it lets go.</summary>
public sealed class OutputLockTests : IDisposable
{
    private readonly TempDirectory _parent = new("lock");

    private string Output => _parent["site"];

    private string LockFile => _parent[".site.lock"];

    public void Dispose() => _parent.Dispose();

    [Fact]
    public void The_lock_is_a_hidden_file_beside_the_output_removed_when_let_go()
    {
        using (var taken = OutputLock.Take(Output))
        {
            Assert.Equal(LockFile, taken.Path);
            Assert.True(File.Exists(LockFile));
        }

        Assert.False(File.Exists(LockFile));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_parent.Path));
    }

    [Fact]
    public void A_second_build_is_refused_while_the_first_holds_the_lock_and_may_take_it_after()
    {
        using (OutputLock.Take(Output))
        {
            var refused = Assert.Throws<OutputException>(() => OutputLock.Take(Output));
            Assert.Equal($"another kb build is writing '{Output}'; run again when it has finished", refused.Message);
        }

        using var next = OutputLock.Take(Output);
        Assert.True(File.Exists(next.Path));
    }

    [Fact]
    public void A_lock_file_a_killed_build_left_is_taken_and_removed()
    {
        File.WriteAllText(LockFile, "");

        OutputLock.Take(Output).Dispose();

        Assert.False(File.Exists(LockFile));
    }

    [Fact]
    public void An_output_that_may_not_be_replaced_is_refused_before_the_lock_file_is_written()
    {
        _parent.Write("site/notes.txt", "mine");

        Assert.Throws<OutputException>(() => OutputLock.Take(Output));

        Assert.False(File.Exists(LockFile));
    }

    [Fact]
    public void Missing_folders_above_the_output_are_created_for_the_lock()
    {
        using var taken = OutputLock.Take(_parent["deep/er/site"]);

        Assert.Equal(_parent["deep/er/.site.lock"], taken.Path);
    }

    [Fact]
    public void Builds_that_take_and_let_go_at_once_never_hold_it_together()
    {
        var holders = 0;
        var overlaps = 0;
        var taken = 0;
        Parallel.For(0, 4, _ =>
        {
            for (var i = 0; i < 200; i++)
            {
                OutputLock? held = null;
                try
                {
                    held = OutputLock.Take(Output);
                }
                catch (OutputException)
                {
                    continue;
                }

                using (held)
                {
                    Interlocked.Increment(ref taken);
                    if (Interlocked.Increment(ref holders) > 1)
                    {
                        Interlocked.Increment(ref overlaps);
                    }

                    Thread.SpinWait(100);
                    Interlocked.Decrement(ref holders);
                }
            }
        });

        Assert.Equal(0, overlaps);
        Assert.True(taken > 0);
        Assert.False(File.Exists(LockFile));
    }
}

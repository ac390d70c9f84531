using System.Diagnostics;
using KnowledgeBase.Load;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Load;

/// <summary>kb opens regular files only: never a FIFO, a device, a folder, or a link that loops or leads nowhere.</summary>
public sealed class RegularFileTests : IDisposable
{
    private readonly TempDirectory _temp = new("regular");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_file_and_a_link_to_one_are_regular()
    {
        var file = _temp.Write("a.png", "png");
        File.CreateSymbolicLink(_temp["link.png"], "a.png");
        _temp.Folder("deeper");
        File.CreateSymbolicLink(_temp["deeper/link.png"], "../link.png");

        Assert.True(RegularFile.Is(file));
        Assert.True(RegularFile.Is(_temp["link.png"]));
        Assert.True(RegularFile.Is(_temp["deeper/link.png"]));
    }

    [Fact]
    public void A_folder_or_nothing_at_all_is_not()
    {
        Assert.False(RegularFile.Is(_temp.Folder("folder")));
        Assert.False(RegularFile.Is(_temp["missing.png"]));
    }

    [Fact]
    public void Links_that_loop_or_lead_nowhere_are_not()
    {
        File.CreateSymbolicLink(_temp["self.png"], "self.png");
        File.CreateSymbolicLink(_temp["a.png"], "b.png");
        File.CreateSymbolicLink(_temp["b.png"], "a.png");
        File.CreateSymbolicLink(_temp["dangling.png"], "nowhere.png");

        Assert.False(RegularFile.Is(_temp["self.png"]));
        Assert.False(RegularFile.Is(_temp["a.png"]));
        Assert.False(RegularFile.Is(_temp["dangling.png"]));
    }

    [Fact]
    public void A_fifo_and_a_device_are_not()
    {
        var fifo = _temp["pipe.log"];
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        File.CreateSymbolicLink(_temp["pipe-link.log"], "pipe.log");

        Assert.True(File.Exists(fifo), "File.Exists says yes to a FIFO: the reason for this check");
        Assert.False(RegularFile.Is(fifo));
        Assert.False(RegularFile.Is(_temp["pipe-link.log"]));
        Assert.False(RegularFile.Is("/dev/null"));
    }
}

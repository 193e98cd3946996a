using GameDay.Orchestrator.Model;

namespace GameDay.Services.Tests.Orchestrator;

public class RedisInfoParserTests
{
    [Fact]
    public void ReadsUsedMemoryAndMaxMemory()
    {
        var info = "# Memory\r\nused_memory:1033216\r\nused_memory_human:1009.00K\r\nused_memory_rss:7450624\r\nmaxmemory:268435456\r\nmaxmemory_human:256.00M\r\n";

        Assert.Equal((1033216L, 268435456L), RedisInfoParser.ParseMemory(info));
    }

    [Fact]
    public void NoMaxMemoryLineMeansNoLimit()
    {
        Assert.Equal((512L, 0L), RedisInfoParser.ParseMemory("# Memory\nused_memory:512\n"));
    }

    [Fact]
    public void AReplyWithoutUsedMemoryIsAnError()
    {
        Assert.Throws<FormatException>(() => RedisInfoParser.ParseMemory("# Memory\r\nused_memory_rss:1\r\n"));
    }
}

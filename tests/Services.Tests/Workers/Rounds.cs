using System.Threading.Channels;

namespace GameDay.Services.Tests.Workers;

/// The rounds a test's loop ran, each with the clock's time when it started; a test awaits them one by one.
internal sealed class Rounds(TimeProvider time)
{
    private readonly Channel<DateTimeOffset> started = Channel.CreateUnbounded<DateTimeOffset>();

    public int Count { get; private set; }

    /// Records a round and returns its number, 1 for the first.
    public int Start()
    {
        started.Writer.TryWrite(time.GetUtcNow());
        return ++Count;
    }

    public async Task<DateTimeOffset> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await started.Reader.ReadAsync(timeout.Token);
    }

    public bool TryNext(out DateTimeOffset at) => started.Reader.TryRead(out at);
}

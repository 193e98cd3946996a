using System.Net.Sockets;

namespace GameDay.Hosting.Proxy;

/// The faults on one direction of one connection, chunk by chunk: blackhole, latency with jitter (toward the
/// client only, so a round trip costs one latency) and bandwidth. A pass-through chunk never gets here.
internal sealed class ChunkShaper(Func<ProxySettings> settings, TimeProvider time, bool towardClient)
{
    /// A throttled chunk is sent in slices of at most 1/20 s at the rate, so a change of rate applies quickly.
    private const int SlicesPerSecond = 20;

    private Random? random;
    private int randomSeed;
    private long nextSendAt;

    /// Whether a chunk read under these settings needs this class; false keeps the pump's plain send.
    public static bool Shapes(ProxySettings s, bool towardClient) =>
        s.Blackhole || s.BandwidthBytesPerSecond is not null || (towardClient && (s.Latency > TimeSpan.Zero || s.Jitter > TimeSpan.Zero));

    /// Latency ± a uniform jitter, clamped at zero, in whole milliseconds: what Task.Delay's timer resolves anyway.
    public static TimeSpan NextLatency(ProxySettings s, Random random)
    {
        if (s.Jitter == TimeSpan.Zero)
        {
            return s.Latency;
        }

        var offset = (random.NextDouble() * 2 - 1) * s.Jitter.TotalMilliseconds;
        return TimeSpan.FromMilliseconds(Math.Max(0, Math.Floor(s.Latency.TotalMilliseconds + offset)));
    }

    /// Forwards one chunk read under s; returns how many bytes were sent (fewer when a blackhole drops them).
    public async ValueTask<int> ForwardAsync(Socket to, ReadOnlyMemory<byte> chunk, ProxySettings s, CancellationToken ct)
    {
        if (s.Blackhole)
        {
            return 0;
        }

        var delay = !towardClient ? TimeSpan.Zero : s.Jitter == TimeSpan.Zero ? s.Latency : NextLatency(s, RandomFor(s.JitterSeed));
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, ct);

            // A fault assigned while the chunk waited applies to it.
            s = settings();
        }

        var sent = 0;
        for (var current = s; sent < chunk.Length; current = settings())
        {
            // Slices of a throttled chunk count as chunks of their own: each reads the settings again.
            if (current.Blackhole)
            {
                return sent;
            }

            var slice = chunk.Length - sent;
            if (current.BandwidthBytesPerSecond is { } rate)
            {
                slice = (int)Math.Clamp(rate / SlicesPerSecond, 1, slice);
                await WaitForSlotAsync(ct);
            }

            var n = await to.SendAsync(chunk.Slice(sent, slice), SocketFlags.None, ct);
            sent += n;
            if (current.BandwidthBytesPerSecond is { } paid)
            {
                Charge(n, paid);
            }
        }

        return sent;
    }

    private async ValueTask WaitForSlotAsync(CancellationToken ct)
    {
        var now = time.GetTimestamp();
        if (nextSendAt > now)
        {
            await Task.Delay(time.GetElapsedTime(now, nextSendAt), time, ct);
        }
    }

    /// Sending n bytes at the rate books the line for n/rate; an idle line banks at most one slice of credit.
    private void Charge(int n, long rate)
    {
        var frequency = time.TimestampFrequency;
        var earliest = time.GetTimestamp() - frequency / SlicesPerSecond;
        nextSendAt = Math.Max(nextSendAt, earliest) + (long)((double)n * frequency / rate);
    }

    private Random RandomFor(int seed)
    {
        if (random is null || seed != randomSeed)
        {
            (random, randomSeed) = (new Random(seed), seed);
        }

        return random;
    }
}

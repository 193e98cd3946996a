using System.Collections.Concurrent;

namespace GameDay.Bench;

/// The last lines a process printed, for the error message when it does not come up.
internal sealed class OutputTail(int lines = 30)
{
    private readonly ConcurrentQueue<string> tail = new();

    public void Add(string line)
    {
        tail.Enqueue(line);
        while (tail.Count > lines) tail.TryDequeue(out _);
    }

    public override string ToString() => string.Join('\n', tail.Select(l => "    " + l));
}

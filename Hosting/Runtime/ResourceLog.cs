using System.Globalization;

namespace GameDay.Hosting.Runtime;

/// One resource's output: appended to logs/<resource>.log with timestamps, kept in memory, echoed when asked.
internal sealed class ResourceLog(string resource, string path, TimeProvider time, ConsoleEcho? echo) : IDisposable
{
    public const int Capacity = IControlSources.LogCapacity;
    private readonly Queue<string> recent = new();
    private readonly Lock gate = new();
    private StreamWriter? writer;

    public void Write(string line)
    {
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        lock (gate)
        {
            recent.Enqueue(line);
            if (recent.Count > Capacity)
            {
                recent.Dequeue();
            }

            try
            {
                writer ??= Open();
                writer.WriteLine(stamp + " " + line);
            }
            catch (IOException)
            {
                // A full disk must not take the AppHost down; the in-memory tail still has the line.
            }
        }

        echo?.Write(resource, line);
    }

    /// Lines from the AppHost itself about this resource, marked so they stand out from the process's own.
    public void System(string message) => Write("[apphost] " + message);

    public IReadOnlyList<string> Tail(int lines)
    {
        lock (gate)
        {
            return recent.Skip(Math.Max(0, recent.Count - lines)).ToList();
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            writer?.Dispose();
            writer = null;
        }
    }

    private StreamWriter Open()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        return new StreamWriter(stream) { AutoFlush = true };
    }
}

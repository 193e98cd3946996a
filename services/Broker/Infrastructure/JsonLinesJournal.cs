using System.Text;
using System.Text.Json;
using GameDay.Broker.Model;
using GameDay.Broker.Model.Events;

namespace GameDay.Broker.Infrastructure;

/// The venue's memory: one JSON line per event, appended and flushed before the request that
/// caused it is answered, so a killed broker still knows every order and fill it reported.
/// Opening it reads what an earlier run wrote (`Recovered`) for replay.
public sealed class JsonLinesJournal : IJournal, IDisposable
{
    public static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    private readonly FileStream _stream;

    public JsonLinesJournal(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        (Recovered, Skipped) = Read(Path);
        _stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
        // A crash mid-write leaves a torn last line; start on a fresh one so the next event stays readable.
        if (_stream.Length > 0 && !EndsWithNewline(Path)) Write("\n");
    }

    public string Path { get; }

    public IReadOnlyList<BrokerEvent> Recovered { get; }

    /// Unreadable lines (a torn last line) that were skipped.
    public int Skipped { get; }

    public void Append(BrokerEvent brokerEvent) =>
        Write(JsonSerializer.Serialize(brokerEvent, SerializerOptions) + "\n");

    public void Dispose() => _stream.Dispose();

    private void Write(string text)
    {
        _stream.Write(Encoding.UTF8.GetBytes(text));
        // To the OS, not to the platter: the faults to survive are process kills, not power cuts.
        _stream.Flush(flushToDisk: false);
    }

    private static (List<BrokerEvent> Events, int Skipped) Read(string path)
    {
        var events = new List<BrokerEvent>();
        var skipped = 0;
        if (!File.Exists(path)) return (events, skipped);
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            try
            {
                events.Add(JsonSerializer.Deserialize<BrokerEvent>(line, SerializerOptions)!);
            }
            catch (JsonException)
            {
                skipped++;
            }
        }
        return (events, skipped);
    }

    private static bool EndsWithNewline(string path)
    {
        using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        reader.Seek(-1, SeekOrigin.End);
        return reader.ReadByte() == '\n';
    }
}

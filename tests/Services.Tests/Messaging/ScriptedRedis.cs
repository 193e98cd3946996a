using System.Collections.Concurrent;
using System.Reflection;
using StackExchange.Redis;

namespace GameDay.Services.Tests.Messaging;

/// A Redis whose streams a test scripts: the few commands a stream consumer sends, answered from memory, and a
/// queue of exceptions thrown by the next calls instead, as a client library throws them while its connection
/// is torn down. Anything else fails the test with the name of what was called.
internal class ScriptedRedis : DispatchProxy
{
    private readonly ConcurrentQueue<Exception> failures = new();
    private readonly ConcurrentQueue<StreamEntry> unread = new();
    private int pendingChecks;
    private int groupCreations;

    public IConnectionMultiplexer Multiplexer { get; private set; } = null!;

    public IDatabase Database { get; private set; } = null!;

    public ConcurrentQueue<string> Acknowledged { get; } = new();

    /// How many times XGROUP CREATE was sent.
    public int GroupCreations => Volatile.Read(ref groupCreations);

    /// The fields of every XADD, in order.
    public ConcurrentQueue<NameValueEntry[]> Added { get; } = new();

    /// Entries XPENDING reports as pending for the consumer (by id), as a test sets them.
    public ConcurrentDictionary<string, bool> Pending { get; } = new();

    /// How many times the consumer asked whether an entry is still pending for it (a stuck entry's hold asks each second).
    public int PendingChecks => Volatile.Read(ref pendingChecks);

    public static ScriptedRedis Create()
    {
        var database = Create<IDatabase, ScriptedRedis>();
        var redis = (ScriptedRedis)(object)database;
        var multiplexer = Create<IConnectionMultiplexer, ScriptedRedis>();
        ((ScriptedRedis)(object)multiplexer).Database = database;
        redis.Database = database;
        redis.Multiplexer = multiplexer;
        return redis;
    }

    /// The next call, whichever it is, throws this.
    public void FailNextWith(Exception exception) => failures.Enqueue(exception);

    public void Add(string id, params NameValueEntry[] values) => unread.Enqueue(new StreamEntry(id, values));

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        var name = method!.Name;
        if (name == nameof(IConnectionMultiplexer.GetDatabase)) return Database;
        // The consumer's own pending list ("0") is empty; new entries (">") are delivered once.
        return name switch
        {
            _ when failures.TryDequeue(out var failure) => throw failure,
            nameof(IDatabase.StreamCreateConsumerGroupAsync) => CreateGroup(),
            nameof(IDatabase.StreamReadGroupAsync) => Task.FromResult(args![3] is RedisValue position && position == "0" ? [] : Drain()),
            nameof(IDatabase.StreamAcknowledgeAsync) => Acknowledge((RedisValue)args![2]!),
            nameof(IDatabase.StreamAddAsync) when args![1] is NameValueEntry[] fields => AddEntry(fields),
            nameof(IDatabase.ExecuteAsync) when (string)args![0]! == "XPENDING" => Task.FromResult(RedisResult.Create(Array.Empty<RedisResult>())),
            // XPENDING <stream> <group> <id> <id> 1 <consumer>: one (default) record while the test keeps the entry pending.
            nameof(IDatabase.StreamPendingMessagesAsync) => CheckPending(((RedisValue?)args![4])!.Value.ToString()),
            _ => throw new NotSupportedException($"ScriptedRedis does not answer {name}"),
        };
    }

    private Task<StreamPendingMessageInfo[]> CheckPending(string id)
    {
        Interlocked.Increment(ref pendingChecks);
        return Task.FromResult(Pending.ContainsKey(id) ? new StreamPendingMessageInfo[1] : []);
    }

    private StreamEntry[] Drain()
    {
        var entries = new List<StreamEntry>();
        while (unread.TryDequeue(out var entry)) entries.Add(entry);
        return [.. entries];
    }

    private Task<bool> CreateGroup()
    {
        Interlocked.Increment(ref groupCreations);
        return Task.FromResult(true);
    }

    private Task<RedisValue> AddEntry(NameValueEntry[] fields)
    {
        Added.Enqueue(fields);
        return Task.FromResult((RedisValue)$"{Added.Count}-0");
    }

    private Task<long> Acknowledge(RedisValue id)
    {
        Acknowledged.Enqueue(id.ToString());
        return Task.FromResult(1L);
    }
}

using System.Net.Http.Json;
using GameDay.Contracts;
using GameDay.Hosting;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace GameDay.Integration.Tests;

/// Issue 20: Redis and PostgreSQL killed with SIGKILL again and again while every consumer is busy. A
/// dependency's crash must never take a service down with it (exit 0 or not), lose a stream entry
/// or leave one stuck: every service keeps its process, every stream drains, every invariant holds.
[Collection(StackCollection.Name)]
public sealed class DependencyKillStormTests(StackFixture stack, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Seed = 20;
    private const int RedisKills = 20;
    private const int PostgresKills = 10;
    private const string MarkerStream = "gameday.test.kill-storm";
    private const string BallastStream = "gameday.test.kill-storm.ballast";
    /// Entries that make Redis spend a while loading its append-only file after each kill, as a Redis that has
    /// been running for a while does: the clients reconnect into LOADING replies.
    private const int BallastEntries = 400_000;

    /// What is killed; every other resource must keep the process it had before the storm.
    private static readonly string[] Killed = [ResourceNames.Redis, ResourceNames.Postgres, ResourceNames.TradingDb];

    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public async Task DisposeAsync()
    {
        try
        {
            await stack.EnsureHealthyAsync();
            await stack.Redis.GetDatabase().KeyDeleteAsync([MarkerStream, BallastStream]);
        }
        finally
        {
            await stack.EnsureHealthyAsync();
        }
    }

    /// Redis reloading 400,000 entries after every kill, and every service reconnecting, take the machine.
    [Fact]
    [Trait(Machine.Trait, Machine.Alone)]
    public async Task KillingRedisAndPostgresRepeatedlyUnderLoadStopsNoServiceAndLosesNoEntry()
    {
        await Eventually.Async(stack, "orders are flowing", async () =>
            await stack.ScalarAsync<long>("SELECT count(*) FROM orders WHERE submitted_at IS NOT NULL") > 0, TestTimeouts.FirstTrades);
        var before = Survivors();
        var dlqBefore = await DlqLengthsAsync();
        var random = new Random(Seed);
        await AddBallastAsync();
        using var watch = new ExitWatch(stack, before.Keys);

        await using (var writer = MarkerWriter.Start(stack.Redis, MarkerStream))
        await using (await BusyConsumers.StartAsync(stack))
        {
            for (var i = 1; i <= RedisKills; i++) await KillAndRestartAsync(ResourceNames.Redis, i, RedisKills, random);
            var acknowledged = await writer.StopAsync();
            var stored = (await stack.Redis.GetDatabase().StreamRangeAsync(MarkerStream)).Select(e => e.Id.ToString()).ToHashSet();
            var lost = acknowledged.Where(id => !stored.Contains(id)).ToList();
            output.WriteLine($"marker entries acknowledged by Redis during the storm: {acknowledged.Count}, lost: {lost.Count}");
            Assert.True(acknowledged.Count > 0, "no XADD succeeded between the kills");
            Assert.True(lost.Count == 0, $"{lost.Count} acknowledged stream entries were lost: {string.Join(", ", lost.Take(10))}");
        }
        for (var i = 1; i <= PostgresKills; i++) await KillAndRestartAsync(ResourceNames.Postgres, i, PostgresKills, random);
        // The test's own pool still holds connections to the killed servers.
        stack.Database.Clear();

        Assert.True(watch.Exits.Count == 0, "services exited during the storm:\n" + string.Join("\n", watch.Exits) + "\n" + Logs.Tails(stack));
        var after = Survivors();
        var replaced = before.Where(s => after.GetValueOrDefault(s.Key) != s.Value).Select(s => $"{s.Key}: pid {s.Value} -> {after.GetValueOrDefault(s.Key)}").ToList();
        Assert.True(replaced.Count == 0, "services lost their process:\n" + string.Join("\n", replaced));

        var restartedAt = await stack.DatabaseNowAsync();
        await Eventually.Async(stack, "the pipeline trades again after the storm", async () =>
            await stack.ScalarAsync<long>("SELECT count(*) FROM orders WHERE created_at > $1", restartedAt) > 0,
            TestTimeouts.OrdersResume);
        string backlog = "";
        await Eventually.Async(stack, "every stream drains (no pending entry, no lag, in every group)", async () =>
        {
            backlog = await BacklogAsync();
            return backlog.Length == 0;
        }, TestTimeouts.Backlog);
        Assert.Equal(dlqBefore, await DlqLengthsAsync());

        // The reconciliation runs every 30 s: give it the time to see what the last kills left.
        InvariantReport? report = null;
        await Eventually.Async(stack, "every invariant holds (./gameday check)", async () =>
        {
            report = await Invariants.CheckAsync(stack);
            return report.AllPassed;
        }, TestTimeouts.Backlog);
        output.WriteLine(report!.Describe());
    }

    private async Task KillAndRestartAsync(string resource, int round, int rounds, Random random)
    {
        var killed = await stack.App.ExecuteCommandAsync(resource, ResourceCommands.Kill);
        Assert.True(killed.Succeeded, $"kill {resource} #{round}: {killed.Message}");
        // Down for a moment, then back: the clients see the connection drop while reconnecting, which is when they break.
        await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 1500)));
        var started = await stack.App.ExecuteCommandAsync(resource, ResourceCommands.Start);
        Assert.True(started.Succeeded, $"start {resource} #{round}: {started.Message}");
        await stack.App.WaitForResourceAsync(resource, s => s.IsHealthy, TestTimeouts.ResourceHealthy);
        // Up again for a moment: short enough that the next kill often lands while the clients are still reconnecting.
        await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 2500)));
        output.WriteLine($"{resource} killed and restarted {round}/{rounds}");
    }

    private async Task AddBallastAsync()
    {
        var db = stack.Redis.GetDatabase();
        const int Batch = 1000;
        for (var i = 0; i < BallastEntries; i += Batch)
        {
            var batch = db.CreateBatch();
            var adds = Enumerable.Range(i, Batch).Select(n => batch.StreamAddAsync(BallastStream, "n", n)).ToList();
            batch.Execute();
            await Task.WhenAll(adds);
        }
    }

    private Dictionary<string, int?> Survivors() =>
        stack.App.GetSnapshots().Where(s => !Killed.Contains(s.Name)).ToDictionary(s => s.Name, s => s.Pid);

    private async Task<Dictionary<string, long>> DlqLengthsAsync()
    {
        var db = stack.Redis.GetDatabase();
        var lengths = new Dictionary<string, long>();
        foreach (var stream in StreamNames.All) lengths[stream] = await db.StreamLengthAsync(StreamNames.Dlq(stream));
        return lengths;
    }

    /// Every group of every stream with pending or undelivered entries, or "" when all are drained.
    private async Task<string> BacklogAsync()
    {
        var db = stack.Redis.GetDatabase();
        var behind = new List<string>();
        foreach (var stream in StreamNames.All)
        {
            if (!await db.KeyExistsAsync(stream)) continue;
            foreach (var group in await db.StreamGroupInfoAsync(stream))
            {
                if (group.PendingMessageCount > 0 || group.Lag is > 0 or null)
                {
                    behind.Add($"{stream}/{group.Name}: pending {group.PendingMessageCount}, lag {group.Lag?.ToString() ?? "unknown"}");
                }
            }
        }
        return string.Join("; ", behind);
    }

    /// Every service that reads or writes a stream burns a core of its own while Redis is killed, so that its
    /// client's threads are preempted mid-write: the contention under which a connection torn down beneath a
    /// writer surfaces as an exception the service does not know (StackExchange.Redis #3167, seen in CI).
    private sealed class BusyConsumers : IAsyncDisposable
    {
        private static readonly string[] Services =
            [ResourceNames.DataIngestor, ResourceNames.SignalGenerator, ResourceNames.RiskManager, ResourceNames.ExecutionEngine, ResourceNames.Orchestrator];

        private readonly StackFixture stack;

        private BusyConsumers(StackFixture stack) => this.stack = stack;

        public static async Task<BusyConsumers> StartAsync(StackFixture stack)
        {
            foreach (var service in Services)
            {
                using var admin = stack.CreateAdminClient(service);
                var response = await admin.PutAsJsonAsync("/admin/chaos/pressure", new { cpuCores = 1, durationSeconds = 300, faultId = "kill-storm" });
                Assert.True(response.IsSuccessStatusCode, $"CPU pressure on {service}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            return new BusyConsumers(stack);
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var service in Services)
            {
                using var admin = stack.CreateAdminClient(service);
                (await admin.DeleteAsync("/admin/chaos/pressure")).EnsureSuccessStatusCode();
            }
        }
    }

    /// Records every resource that leaves Running while the storm goes on: a process that exited and was
    /// started again (by hand or by a restart policy) would otherwise hide behind a healthy snapshot.
    private sealed class ExitWatch : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Task loop;

        public ExitWatch(StackFixture stack, IEnumerable<string> resources)
        {
            var watched = resources.ToHashSet();
            loop = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    foreach (var s in stack.App.GetSnapshots().Where(s => watched.Contains(s.Name)))
                    {
                        if (s.State is ResourceState.Exited or ResourceState.Finished or ResourceState.FailedToStart)
                        {
                            lock (Exits) Exits.Add($"{s.Name}: {s.State}, exit code {s.ExitCode}");
                            watched.Remove(s.Name);
                        }
                    }
                    await Task.Delay(100);
                }
            });
        }

        public List<string> Exits { get; } = [];

        public void Dispose()
        {
            stop.Cancel();
            loop.Wait();
        }
    }

    /// Appends to a stream of its own as fast as Redis takes it and keeps the id of every acknowledged XADD.
    private sealed class MarkerWriter : IAsyncDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly List<string> acknowledged = [];
        private Task loop = Task.CompletedTask;

        public static MarkerWriter Start(IConnectionMultiplexer redis, string stream)
        {
            var writer = new MarkerWriter();
            writer.loop = Task.Run(async () =>
            {
                var db = redis.GetDatabase();
                for (var n = 0; !writer.stop.IsCancellationRequested; n++)
                {
                    try
                    {
                        writer.acknowledged.Add((await db.StreamAddAsync(stream, "n", n)).ToString());
                    }
                    catch (Exception) when (!writer.stop.IsCancellationRequested)
                    {
                        await Task.Delay(50);
                    }
                    await Task.Delay(10);
                }
            });
            return writer;
        }

        public async Task<IReadOnlyList<string>> StopAsync()
        {
            await stop.CancelAsync();
            await loop;
            return acknowledged;
        }

        public async ValueTask DisposeAsync()
        {
            await StopAsync();
            stop.Dispose();
        }
    }
}

using GameDay.Hosting.Runtime;

namespace GameDay.Hosting.Testing;

/// Like Aspire.Hosting.Testing: runs the AppHost's own Program with random ports and a temporary data directory.
public static class DistributedApplicationTestingBuilder
{
    public static async Task<TestDistributedApplication> StartAsync<TEntryPoint>(
        Action<DistributedApplicationOptions>? configure = null, CancellationToken ct = default)
        where TEntryPoint : class
    {
        var session = new TestingSession(typeof(TEntryPoint).Assembly, configure);
        var entry = session.RunEntryPointAsync();
        var app = await session.Built.WaitAsync(ct);
        HostedStack stack;
        try
        {
            stack = await HostedStack.StartAsync(app, new AppPaths(app.Options.DataDirectory!), ct);
            // Marks the data directory as served by a live AppHost (this process), so that CLI verbs pointed at it
            // with --data-dir (a drill, heal) use this stack instead of starting one.
            AppHostLock.Acquire(stack.Paths.AppHostPidFile);
        }
        catch
        {
            session.Release();
            TryDelete(app.Options.DataDirectory!);
            throw;
        }

        var testApp = new TestDistributedApplication(stack, session, entry);
        try
        {
            await testApp.WaitForAllHealthyAsync(app.Options.StartupTimeout, ct);
            return testApp;
        }
        catch
        {
            await testApp.DisposeAsync();
            throw;
        }
    }

    internal static void TryDelete(string directory)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }

                return;
            }
            catch (IOException)
            {
                Thread.Sleep(200);
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(200);
            }
        }
    }
}

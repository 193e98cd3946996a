using System.Reflection;

namespace GameDay.Hosting.Testing;

/// The hook between a test and the AppHost's entry point running on a background task:
/// CreateBuilder picks up the test's options, Run() hands the built app over and waits to be released.
internal sealed class TestingSession(Assembly appAssembly, Action<DistributedApplicationOptions>? configure)
{
    private static readonly AsyncLocal<TestingSession?> CurrentSession = new();
    private readonly TaskCompletionSource<DistributedApplication> built = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static TestingSession? Current => CurrentSession.Value;

    public Task<DistributedApplication> Built => built.Task;

    public void Apply(DistributedApplicationOptions options)
    {
        options.AppAssembly = appAssembly;
        options.RandomPorts = true;
        options.ConsoleEcho = false;
        var temp = Directory.CreateTempSubdirectory("gameday-test-").FullName;
        File.SetUnixFileMode(temp, Runtime.Modes.Directory);
        options.DataDirectory = temp;
        configure?.Invoke(options);
    }

    public async Task<int> HandOverAsync(DistributedApplication app)
    {
        built.TrySetResult(app);
        await released.Task;
        return 0;
    }

    public void Release() => released.TrySetResult();

    /// Runs the entry point with this session visible only to that flow, so tests may run stacks side by side.
    public Task RunEntryPointAsync()
    {
        var entry = appAssembly.EntryPoint ?? throw new InvalidOperationException($"{appAssembly.GetName().Name} has no entry point.");
        return Task.Run(() =>
        {
            CurrentSession.Value = this;
            try
            {
                entry.Invoke(null, entry.GetParameters().Length == 0 ? [] : [Array.Empty<string>()]);
                built.TrySetException(new InvalidOperationException("The entry point returned without calling Build().Run()."));
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                built.TrySetException(e.InnerException);
                throw e.InnerException;
            }
        });
    }
}

using Microsoft.AspNetCore.Components;

namespace GameDay.AppHost.Dashboard.Components;

/// A page (or part of one) that refreshes itself: it loads at once, then every `Interval`, and re-renders. A load
/// that fails shows its error in place (`Problem`) and the next tick tries again: a stack under a drill is exactly
/// when sources go away. Actions go through `ActAsync`, so that a failing service never ends the browser's circuit.
public abstract class LivePage : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource disposed = new();
    private volatile bool isDisposed;

    protected virtual TimeSpan Interval => TimeSpan.FromSeconds(2);

    /// The last load's failure, or null.
    protected string? Problem { get; private set; }

    /// The last action's outcome, shown above the page.
    protected string? Message { get; set; }

    protected CancellationToken Disposed => disposed.Token;

    protected bool IsDisposed => isDisposed;

    protected abstract Task LoadAsync(CancellationToken ct);

    protected override async Task OnInitializedAsync()
    {
        await RefreshAsync();
        _ = LoopAsync();
    }

    /// Loads now (after an action, say); the caller re-renders (Blazor does after an event handler).
    protected async Task RefreshAsync()
    {
        if (isDisposed) return;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(disposed.Token);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            await LoadAsync(timeout.Token);
            Problem = null;
        }
        catch (Exception e) when (!isDisposed)
        {
            Problem = e is OperationCanceledException ? "no answer within 10 s" : e.Message;
        }
        catch (Exception) when (isDisposed)
        {
            // the page is gone; nobody to tell
        }
    }

    /// Runs a person's action (a command, an approval, a halt) and shows its outcome or its failure, then reloads.
    protected async Task ActAsync(Func<CancellationToken, Task<string>> action)
    {
        try
        {
            Message = await action(Disposed);
        }
        catch (Exception e) when (!isDisposed)
        {
            Message = $"failed: {(e is OperationCanceledException ? "no answer in time" : e.Message)}";
        }
        catch (Exception) when (isDisposed)
        {
            return;
        }
        await RefreshAsync();
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(Disposed))
            {
                await InvokeAsync(async () =>
                {
                    await RefreshAsync();
                    if (!isDisposed) StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// Releases what a page subscribed to (called once, before the refresh loop stops).
    protected virtual void OnDisposing()
    {
    }

    public void Dispose()
    {
        if (isDisposed) return;
        isDisposed = true;
        OnDisposing();
        // Cancelled, not disposed: an action still awaiting may read the token.
        disposed.Cancel();
        GC.SuppressFinalize(this);
    }
}

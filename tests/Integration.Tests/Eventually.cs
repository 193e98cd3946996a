namespace GameDay.Integration.Tests;

/// Polls a condition until it holds; on timeout fails with the condition's description and the
/// tail of every resource's log, which is what one needs to see why.
public static class Eventually
{
    public static async Task Async(
        StackFixture stack, string description, Func<Task<bool>> condition, TimeSpan timeout, Func<Task<string>>? diagnose = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await condition()) return;
                last = null;
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                last = ex;
            }
            await Task.Delay(TestTimeouts.Poll);
        }
        Assert.Fail($"Timed out after {timeout.TotalSeconds:0} s waiting until {description}." +
            (last is null ? "" : $"\nLast error: {last.Message}") + "\n" + (diagnose is null ? "" : await diagnose() + "\n") + Logs.Tails(stack));
    }
}

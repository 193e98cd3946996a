namespace GameDay.Integration.Tests;

internal static class Logs
{
    public static string Tails(StackFixture stack, int lines = 25) =>
        string.Join("\n", stack.App.GetSnapshots().Select(s =>
            $"--- {s.Name} ({s.State}/{s.Health}) ---\n" + string.Join("\n", stack.App.ReadLogTail(s.Name, lines))));
}

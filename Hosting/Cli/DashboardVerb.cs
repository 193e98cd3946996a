namespace GameDay.Hosting.Cli;

/// `dashboard`: the running stack's dashboard sign-in link (it carries the admin token, so it is printed on request
/// only, not into `up`'s output, which people paste into chats and tickets).
internal static class DashboardVerb
{
    public static int Run(CliContext context)
    {
        if (!context.StackRunning) return context.NotRunning();
        context.Out.WriteLine($"{context.ControlUrl}{Control.DashboardSignIn.Path}?t={Uri.EscapeDataString(context.AdminToken)}");
        return 0;
    }
}

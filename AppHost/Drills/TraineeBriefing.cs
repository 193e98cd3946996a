namespace GameDay.AppHost.Drills;

/// What the person on call reads before a trainee drill starts: nothing says what breaks, only how to respond.
internal static class TraineeBriefing
{
    public static void Write(TextWriter output, TimeSpan timeLimit)
    {
        output.WriteLine($"""
            trainee drill: something will break in the next seconds. You are on call; you have {timeLimit.TotalMinutes:0.#} minutes.
              ./gameday incidents                      the incident when it opens (its runbook names the file in runbooks/)
              ./gameday incidents ack ID               take the page
              ./gameday incidents ID                   its timeline and the runbook's steps, each to do
              ./gameday incidents done ID STEP [note]  report a step you did (diagnosis, mitigation, verification)
              ./gameday incidents approve ID STEP      the lead's approval, before a high-risk step
            Every step's commands are in the runbook; `eval "$(./gameday env)"` sets the URLs and the token they use.
            The grade: the page taken within 5 minutes, every mitigation of the runbook done, no high-risk step before its
            approval, the stack recovered in time, and the invariants kept.
            """);
    }
}

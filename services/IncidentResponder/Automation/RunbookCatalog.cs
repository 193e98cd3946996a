using GameDay.Runbooks;
using Microsoft.Extensions.Options;

namespace GameDay.IncidentResponder.Automation;

/// The runbooks, parsed once at start from Responder:RunbooksPath (relative to the content root).
/// A broken directory is logged and leaves the autopilot with no runbooks rather than crashing intake.
public sealed partial class RunbookCatalog
{
    private readonly RunbookLibrary? library;

    public RunbookCatalog(IOptions<AutopilotOptions> options, IHostEnvironment environment, ILogger<RunbookCatalog> logger)
    {
        var directory = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.RunbooksPath));
        try
        {
            library = RunbookLibrary.Load(directory);
            LogLoaded(logger, library.Runbooks.Count, directory);
        }
        catch (Exception ex) when (ex is RunbookLibraryException or IOException or UnauthorizedAccessException)
        {
            LogBroken(logger, ex, directory);
        }
    }

    public Runbook? Find(string id) => library?.Find(id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Autopilot loaded {Count} runbooks from {Directory}")]
    private static partial void LogLoaded(ILogger logger, int count, string directory);

    [LoggerMessage(Level = LogLevel.Error, Message = "Autopilot could not load the runbooks of {Directory}; it will run none")]
    private static partial void LogBroken(ILogger logger, Exception ex, string directory);
}

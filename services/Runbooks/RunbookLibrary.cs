namespace GameDay.Runbooks;

/// Every runbook of a directory (`runbooks/*.md` except README.md), by id.
public sealed class RunbookLibrary
{
    private readonly Dictionary<string, Runbook> byId;

    private RunbookLibrary(IEnumerable<Runbook> runbooks) =>
        byId = runbooks.ToDictionary(runbook => runbook.Id, StringComparer.Ordinal);

    public IReadOnlyCollection<Runbook> Runbooks => byId.Values;

    public Runbook? Find(string id) => byId.GetValueOrDefault(id);

    /// Loads every file and reports all broken ones at once, each with its file and line.
    public static RunbookLibrary Load(string directory)
    {
        var runbooks = new List<Runbook>();
        var errors = new List<RunbookFormatException>();
        var files = Directory.EnumerateFiles(directory, "*.md")
            .Where(file => !Path.GetFileName(file).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                runbooks.Add(RunbookParser.Parse(file, File.ReadAllText(file)));
            }
            catch (RunbookFormatException ex)
            {
                errors.Add(ex);
            }
        }
        return errors.Count > 0 ? throw new RunbookLibraryException(errors) : new RunbookLibrary(runbooks);
    }
}

namespace GameDay.Scenarios.Parsing;

/// Reads one file into a scenario or its errors; the loader adds cross-file errors (duplicate ids) after.
internal static class ScenarioFile
{
    public static ScenarioFileOutcome Read(string path, KnownNames known)
    {
        var diagnostics = new Diagnostics(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(1, 1, $"cannot read the file: {ex.Message}");
            return new ScenarioFileOutcome(path, null, null, diagnostics);
        }
        if (YamlFile.Parse(text, diagnostics) is not { } root) return new ScenarioFileOutcome(path, null, null, diagnostics);
        var reader = new ScenarioReader(known, new YamlReader(diagnostics));
        var scenario = reader.Read(root, path);
        return new ScenarioFileOutcome(path, scenario, reader.Id, diagnostics);
    }
}

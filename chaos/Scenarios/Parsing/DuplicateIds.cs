namespace GameDay.Scenarios.Parsing;

/// Two files of a directory stating the same id (typically a copied file whose id was not changed).
/// The file named after the id keeps it; every other one gets the error.
internal static class DuplicateIds
{
    public static void Report(IReadOnlyList<ScenarioFileOutcome> outcomes)
    {
        var groups = outcomes
            .Where(outcome => outcome.Id is not null)
            .GroupBy(outcome => outcome.Id!.Value, StringComparer.Ordinal)
            .Where(group => group.Count() > 1);
        foreach (var group in groups)
        {
            var owner = group.FirstOrDefault(outcome => Path.GetFileNameWithoutExtension(outcome.File) == group.Key) ?? group.First();
            foreach (var other in group.Where(outcome => !ReferenceEquals(outcome, owner)))
            {
                other.Diagnostics.Add(other.Id!.Node, $"duplicate id '{group.Key}': {owner.File} has the same id");
            }
        }
    }
}

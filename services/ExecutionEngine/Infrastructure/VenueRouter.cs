namespace GameDay.ExecutionEngine.Infrastructure;

/// Where new orders go: the primary venue, or the fallback while the primary reports maintenance or cancel-only.
public sealed class VenueRouter
{
    private volatile string _primaryMode = "normal";

    public string PrimaryMode => _primaryMode;

    public string Current => _primaryMode == "normal" ? VenueOptions.Primary : VenueOptions.Fallback;

    public void PrimaryReported(string mode) => _primaryMode = mode;
}

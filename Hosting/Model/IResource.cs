namespace GameDay.Hosting;

/// Marker of everything the app model can hold; lets builders be covariant over interfaces.
public interface IResource
{
    string Name { get; }
}

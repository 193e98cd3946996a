namespace GameDay.Hosting.Runtime;

/// A launch that cannot happen (missing build output, initdb failure); the resource becomes FailedToStart.
internal sealed class LaunchException(string message) : Exception(message);

namespace Liftoff.TestSupport.GitHub.Wire;

/// <summary>The owner and name as the request spelled them, for the URLs in the answer.</summary>
internal readonly record struct RepoRef(string Owner, string Name);

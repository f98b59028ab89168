namespace Liftoff.TestSupport.GitHub.State;

/// <summary>An annotated tag object. Creating one does not create <c>refs/tags/*</c>; GitHub needs a second call too.</summary>
/// <param name="Sha">The tag object's own id.</param>
/// <param name="Tag">The tag name, e.g. <c>v1.0.0</c>.</param>
/// <param name="Message">The annotation.</param>
/// <param name="ObjectSha">The object tagged, usually a commit.</param>
/// <param name="ObjectType">The tagged object's type: <c>commit</c>, <c>tree</c> or <c>blob</c>.</param>
/// <param name="Tagger">Who tagged, and when.</param>
public sealed record StoredTag(string Sha, string Tag, string Message, string ObjectSha, string ObjectType, GitPerson Tagger);

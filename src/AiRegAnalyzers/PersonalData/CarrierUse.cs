namespace AiRegAnalyzers.PersonalData;

/// <summary>How a sink uses a whole object, which decides whether an object with personal-data members leaks them.</summary>
internal enum CarrierUse
{
    /// <summary>The object is turned into text with <c>ToString()</c>: it leaks only when that prints members (records, anonymous types, <c>IdentityUser</c>).</summary>
    Stringified,

    /// <summary>The object is serialized or destructured (<c>{@User}</c>, JSON): every personal-data member leaks.</summary>
    Serialized,
}

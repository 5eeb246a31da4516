using System.Composition;
using AiRegAnalyzers.AI;
using AiRegAnalyzers.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiRegAnalyzers.CodeFixes.AI;

/// <summary>
/// AIREG201 fixes: wrap the value in the method named by <c>aireg.redaction_method</c>; or, for a
/// hole of an interpolated prompt, drop the hole from the prompt text. A whole prompt argument is
/// never removed (that would change what the call asks).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PersonalDataSentToAiModelCodeFixProvider)), Shared]
public sealed class PersonalDataSentToAiModelCodeFixProvider : RemoveOrRedactCodeFixProvider
{
    internal const string RedactKey = "AIREG201.Redact";
    internal const string RemoveKey = "AIREG201.Remove";

    public PersonalDataSentToAiModelCodeFixProvider()
        : base("AIREG201", RemoveKey, RedactKey, "AIREG201_RemoveTitle")
    {
    }

    /// <summary>Only a hole of an interpolated prompt (the analyzer marks those) can be dropped.</summary>
    protected override bool CanRemove(Diagnostic diagnostic) =>
        diagnostic.Properties.ContainsKey(PersonalDataSentToAiModelAnalyzer.InterpolationHoleProperty);
}

using System.Composition;
using AiRegAnalyzers.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiRegAnalyzers.CodeFixes.Privacy;

/// <summary>
/// AIREG101 fixes: remove the value (and its template hole) from the log call, or wrap it in the
/// method named by <c>aireg.redaction_method</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PersonalDataInLogCodeFixProvider)), Shared]
public sealed class PersonalDataInLogCodeFixProvider : RemoveOrRedactCodeFixProvider
{
    internal const string RemoveKey = "AIREG101.Remove";
    internal const string RedactKey = "AIREG101.Redact";

    public PersonalDataInLogCodeFixProvider()
        : base("AIREG101", RemoveKey, RedactKey, nameof(CodeFixResources.RemoveFromLogTitle))
    {
    }
}

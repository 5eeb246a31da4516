using System.Composition;
using AiRegAnalyzers.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiRegAnalyzers.CodeFixes.AI;

/// <summary>AIREG203 fixes: wrap the prompt or response in the redaction method, or remove it (and its template hole) from the log call.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AiContentInLogCodeFixProvider)), Shared]
public sealed class AiContentInLogCodeFixProvider() : RemoveOrRedactCodeFixProvider(RuleIds.AiContentInLog, canWrap: true)
{
    internal static readonly string RemoveKey = EquivalenceKey(RuleIds.AiContentInLog, FixKind.Remove);
}

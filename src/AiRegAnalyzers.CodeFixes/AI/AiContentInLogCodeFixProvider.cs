using System.Composition;
using AiRegAnalyzers.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiRegAnalyzers.CodeFixes.AI;

/// <summary>AIREG203 fix: remove the prompt or response (and its message-template hole) from the log call.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AiContentInLogCodeFixProvider)), Shared]
public sealed class AiContentInLogCodeFixProvider : RemoveOrRedactCodeFixProvider
{
    internal const string RemoveKey = "AIREG203.Remove";

    public AiContentInLogCodeFixProvider()
        : base("AIREG203", RemoveKey, redactKey: null, "AIREG203_RemoveTitle")
    {
    }
}

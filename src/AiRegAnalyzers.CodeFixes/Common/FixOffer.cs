using System;

namespace AiRegAnalyzers.CodeFixes.Common;

/// <summary>
/// One fix a diagnostic offers: its kind (which names the title resource and the equivalence key),
/// the title's arguments, and the edit it makes (or none, when the provider groups the edits of
/// several fixes itself).
/// </summary>
internal sealed class FixOffer
{
    public FixOffer(FixKind kind, Action<SyntaxEdits>? edit, params string[] titleArguments)
    {
        Kind = kind;
        Edit = edit;
        TitleArguments = titleArguments;
    }

    public FixKind Kind { get; }

    public Action<SyntaxEdits>? Edit { get; }

    public string[] TitleArguments { get; }
}

/// <summary>A fix chosen for one diagnostic.</summary>
internal readonly struct PlannedFix
{
    public PlannedFix(Microsoft.CodeAnalysis.Diagnostic diagnostic, FixOffer offer)
    {
        Diagnostic = diagnostic;
        Offer = offer;
    }

    public Microsoft.CodeAnalysis.Diagnostic Diagnostic { get; }

    public FixOffer Offer { get; }
}

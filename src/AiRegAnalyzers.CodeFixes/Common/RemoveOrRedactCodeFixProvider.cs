using AiRegAnalyzers.Options;

namespace AiRegAnalyzers.CodeFixes.Common;

/// <summary>
/// The fixes of the rules about a value reaching a call (a log, a prompt, an exception message):
/// wrap it in the method named by <c>aireg.redaction_method</c> (<see cref="WrapInMethod"/>),
/// offered first when configured, or take it out of the call (<see cref="LoggedValueRemover"/>).
/// </summary>
public abstract class RemoveOrRedactCodeFixProvider : AiRegCodeFixProvider
{
    private readonly bool _canWrap;

    /// <param name="canWrap">Whether the rule offers the wrap fix.</param>
    private protected RemoveOrRedactCodeFixProvider(ImmutableArray<string> ruleIds, bool canWrap)
        : base(ruleIds, canWrap ? new[] { FixKind.Wrap, FixKind.Remove } : new[] { FixKind.Remove })
    {
        _canWrap = canWrap;
    }

    private protected sealed override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        if (_canWrap
            && WrapInMethod.Resolve(document, SharedOptions.RedactionMethod, diagnostic.Id) is { } method
            && CanWrap(document, diagnostic, method)
            && document.ExpressionAt(diagnostic) is { } expression
            && WrapInMethod.Fits(document, expression, method))
        {
            offers.Add(new FixOffer(FixKind.Wrap, edits => WrapInMethod.AddEdit(document, expression, method, edits), WrapInMethod.DisplayName(method)));
        }

        if (CanRemove(document, diagnostic))
        {
            offers.Add(new FixOffer(FixKind.Remove, edit: null));
        }
    }

    /// <summary>Removals meet in one string or argument list, so they are made together.</summary>
    private protected override void Edit(FixDocument document, IReadOnlyList<PlannedFix> fixes, SyntaxEdits edits)
    {
        var removals = new List<Diagnostic>();
        foreach (var fix in fixes)
        {
            if (fix.Offer.Kind == FixKind.Remove)
            {
                removals.Add(fix.Diagnostic);
            }
            else
            {
                fix.Offer.Edit?.Invoke(edits);
            }
        }

        AddRemovals(document, removals, edits);
    }

    /// <summary>Whether wrapping the value clears the finding (the rule treats the redaction method as a sanitizer).</summary>
    private protected virtual bool CanWrap(FixDocument document, Diagnostic diagnostic, IMethodSymbol method) => true;

    /// <summary>Whether the rule can take this value out of the call.</summary>
    private protected virtual bool CanRemove(FixDocument document, Diagnostic diagnostic) => LoggedValueRemover.CanRemove(document.Root, diagnostic);

    private protected virtual void AddRemovals(FixDocument document, IReadOnlyList<Diagnostic> diagnostics, SyntaxEdits edits) =>
        LoggedValueRemover.AddEdits(document.Root, diagnostics, edits);
}

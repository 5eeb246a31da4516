using System.Collections.Immutable;
using System.Globalization;
using System.Threading.Tasks;
using AiRegAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiRegAnalyzers.CodeFixes.Common;

/// <summary>
/// The fixes of the rules about a value reaching a call (a log, a prompt): take the value out of
/// the call (<see cref="LoggedValueRemover"/>), or wrap it in the method named by
/// <c>aireg.redaction_method</c> (<see cref="WrapInMethod"/>). Fix All applies either to every
/// diagnostic of a document in one pass, so several values in one call are handled together.
/// </summary>
public abstract class RemoveOrRedactCodeFixProvider : CodeFixProvider
{
    private readonly string _ruleId;
    private readonly string _removeKey;
    private readonly string? _redactKey;
    private readonly string _removeTitleResource;

    /// <param name="redactKey">The wrap fix's equivalence key, or <see langword="null"/> when the rule offers no wrap fix.</param>
    private protected RemoveOrRedactCodeFixProvider(string ruleId, string removeKey, string? redactKey, string removeTitleResource)
    {
        _ruleId = ruleId;
        _removeKey = removeKey;
        _redactKey = redactKey;
        _removeTitleResource = removeTitleResource;
        FixableDiagnosticIds = ImmutableArray.Create(ruleId);
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
    {
        if (context.CodeActionEquivalenceKey == _removeKey)
        {
            return await LoggedValueRemover.RemoveAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false);
        }

        return context.CodeActionEquivalenceKey == _redactKey
            && await WrapInMethod.ResolveAsync(document, SharedOptions.RedactionMethod, _ruleId, context.CancellationToken).ConfigureAwait(false) is { } method
                ? await WrapInMethod.WrapAsync(document, diagnostics, method, context.CancellationToken).ConfigureAwait(false)
                : null;
    });

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        var redaction = _redactKey is null
            ? null
            : await WrapInMethod.ResolveAsync(context.Document, SharedOptions.RedactionMethod, _ruleId, context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (CanRemove(diagnostic) && LoggedValueRemover.CanRemove(root, diagnostic))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        CodeFixResources.Get(_removeTitleResource),
                        ct => LoggedValueRemover.RemoveAsync(context.Document, [diagnostic], ct),
                        _removeKey),
                    diagnostic);
            }

            if (redaction is not null && DiagnosticSyntax.FindExpression(root, diagnostic) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        string.Format(CultureInfo.CurrentCulture, CodeFixResources.WrapInTitle, WrapInMethod.DisplayName(redaction)),
                        ct => WrapInMethod.WrapAsync(context.Document, [diagnostic], redaction, ct),
                        _redactKey!),
                    diagnostic);
            }
        }
    }

    /// <summary>Whether the rule allows taking this value out at all (beyond the call still compiling).</summary>
    protected virtual bool CanRemove(Diagnostic diagnostic) => true;
}

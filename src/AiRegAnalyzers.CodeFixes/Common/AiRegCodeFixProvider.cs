using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.Editing;

namespace AiRegAnalyzers.CodeFixes.Common;

/// <summary>
/// The base of every fix provider. A provider says which fixes a diagnostic offers
/// (<see cref="Offer"/>: a <see cref="FixKind"/>, the title's arguments, the edit); the base
/// registers each with its title from <see cref="CodeFixResources"/> (<c>&lt;ID&gt;_&lt;kind&gt;</c>)
/// and the equivalence key <c>&lt;ID&gt;.&lt;kind&gt;</c>, and applies any number of them to a
/// document in one edit, for a single fix and for Fix All alike.
/// </summary>
/// <remarks>
/// Fix All gives every diagnostic the chosen kind where it offers it, and its first (recommended)
/// fix elsewhere. So one Fix All (and one <c>dotnet format</c> run, which fixes all with the first
/// diagnostic's first action, or with none when that diagnostic has no fix) applies every fix of
/// an ID, whatever shape each finding has.
/// </remarks>
public abstract class AiRegCodeFixProvider : CodeFixProvider
{
    private protected AiRegCodeFixProvider(string ruleId, params FixKind[] kinds)
        : this(ImmutableArray.Create(ruleId), kinds)
    {
    }

    private protected AiRegCodeFixProvider(ImmutableArray<string> ruleIds, params FixKind[] kinds)
    {
        FixableDiagnosticIds = ruleIds;
        Kinds = ImmutableArray.Create(kinds);
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <summary>Every kind of fix the provider may offer; each has a title resource per rule.</summary>
    internal ImmutableArray<FixKind> Kinds { get; }

    /// <summary>The equivalence key of a fix: <c>AIREG101.Wrap</c>.</summary>
    internal static string EquivalenceKey(string ruleId, FixKind kind) => ruleId + "." + kind;

    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (await FixDocument.CreateAsync(context.Document, context.CancellationToken).ConfigureAwait(false) is not { } document)
        {
            return;
        }

        var offers = new List<FixOffer>();
        foreach (var diagnostic in context.Diagnostics)
        {
            offers.Clear();
            Offer(document, diagnostic, offers);
            foreach (var offer in offers)
            {
                var fix = new PlannedFix(diagnostic, offer);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        CodeFixResources.Title(diagnostic.Id, offer.Kind, offer.TitleArguments),
                        ct => ApplyAsync(document, [fix], ct),
                        EquivalenceKey(diagnostic.Id, offer.Kind)),
                    diagnostic);
            }
        }
    }

    /// <summary>Adds the fixes this diagnostic offers, the recommended one first; none when no edit is safe.</summary>
    private protected abstract void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers);

    /// <summary>
    /// Records the edits of several fixes of one document. The default takes each offer's own edit;
    /// providers whose edits meet in one node (holes of one string) group them here.
    /// </summary>
    private protected virtual void Edit(FixDocument document, IReadOnlyList<PlannedFix> fixes, SyntaxEdits edits)
    {
        foreach (var fix in fixes)
        {
            fix.Offer.Edit?.Invoke(edits);
        }
    }

    private async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        if (await FixDocument.CreateAsync(document, context.CancellationToken).ConfigureAwait(false) is not { } fixDocument)
        {
            return null;
        }

        var chosen = context.CodeActionEquivalenceKey;
        var fixes = new List<PlannedFix>();
        var offers = new List<FixOffer>();
        foreach (var diagnostic in diagnostics)
        {
            offers.Clear();
            Offer(fixDocument, diagnostic, offers);
            if (offers.Count == 0)
            {
                continue;
            }

            var pick = offers[0];
            foreach (var offer in offers)
            {
                if (EquivalenceKey(diagnostic.Id, offer.Kind) == chosen)
                {
                    pick = offer;
                    break;
                }
            }

            fixes.Add(new PlannedFix(diagnostic, pick));
        }

        return fixes.Count == 0 ? null : await ApplyAsync(fixDocument, fixes, context.CancellationToken).ConfigureAwait(false);
    }

    private async Task<Document> ApplyAsync(FixDocument document, IReadOnlyList<PlannedFix> fixes, CancellationToken cancellationToken)
    {
        var edits = new SyntaxEdits();
        Edit(document, fixes, edits);
        var changed = document.Document.WithSyntaxRoot(edits.ApplyTo(document.Root));
        return await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}

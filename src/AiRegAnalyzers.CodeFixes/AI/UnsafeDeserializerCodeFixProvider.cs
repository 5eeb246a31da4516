namespace AiRegAnalyzers.CodeFixes.AI;

/// <summary>
/// AIREG204 fix for Newtonsoft.Json: set <c>TypeNameHandling</c> to <c>TypeNameHandling.None</c>.
/// The formatters (<c>BinaryFormatter</c> and the like) get no fix: replacing them needs a new
/// data format, which no mechanical edit can choose.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnsafeDeserializerCodeFixProvider)), Shared]
public sealed class UnsafeDeserializerCodeFixProvider() : AiRegCodeFixProvider(RuleIds.UnsafeDeserializer, FixKind.TypeNameHandlingNone)
{

    /// <summary>Only the right-hand side of a <c>TypeNameHandling = ...</c> assignment or attribute argument (not a formatter creation).</summary>
    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        if (document.NodeAt(diagnostic) is ExpressionSyntax value
            && (value.Parent is AssignmentExpressionSyntax assignment && assignment.Right == value || value.Parent is AttributeArgumentSyntax { NameEquals: not null }))
        {
            var none = SyntaxFactory.ParseExpression("global::Newtonsoft.Json.TypeNameHandling.None").WithAdditionalAnnotations(Simplifier.Annotation);
            offers.Add(new FixOffer(FixKind.TypeNameHandlingNone, edits => edits.Replace(value, none)));
        }
    }
}
